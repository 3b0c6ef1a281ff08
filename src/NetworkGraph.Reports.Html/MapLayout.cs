namespace NetworkGraph.Reports.Html;

/// <summary>The positions of the map's actors, computed once when the report is written so that the browser does no
/// layout and the picture is the same at every opening.</summary>
/// <remarks>
/// ForceAtlas2 (Jacomy, Venturini, Heymann and Bastian, "ForceAtlas2, a continuous graph layout algorithm for handy
/// network visualization designed for the Gephi software", PLoS ONE 9(6): e98679, 2014), with the settings graphology
/// infers for a graph of this size: mass = degree + 1, repulsion <c>k_r·m_a·m_b / d</c>, linear attraction along
/// each tie, strong gravity toward the centre, and the per-node adaptive speed (swing and traction) of the paper.
/// Repulsion uses a Barnes–Hut quadtree (θ = 0.5), so one iteration costs O(n log n + m) and the whole layout
/// O(iterations × (n log n + m)). Starting positions come from a fixed-seed generator, and the arithmetic runs on one
/// thread in a fixed order: the same network always gives the same positions. Actors with no tie are laid out apart,
/// on a grid to the right of the network.
/// </remarks>
internal static class MapLayout
{
    /// <summary>The seed of the starting positions.</summary>
    public const uint Seed = 20260101;

    private const double Theta = 0.5;

    /// <summary>How many iterations a network of <paramref name="connected"/> actors with ties gets.</summary>
    public static int Iterations(int connected) => connected > 2000 ? 100 : connected > 500 ? 200 : 300;

    /// <summary>Lays out <paramref name="nodeCount"/> actors joined by <paramref name="ties"/> (direction ignored; self-ties and
    /// ties naming an index out of range are skipped).</summary>
    /// <returns><c>[x0, y0, x1, y1, …]</c>, scaled into [0, 1000] on the longer side and rounded to 0.1.</returns>
    public static double[] Compute(int nodeCount, IEnumerable<(int Source, int Target)> ties)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nodeCount);
        var edges = new List<(int, int)>();
        int[] degree = new int[nodeCount];
        foreach ((int s, int t) in ties)
        {
            if (s == t || (uint)s >= (uint)nodeCount || (uint)t >= (uint)nodeCount)
            {
                continue;
            }

            edges.Add((s, t));
            degree[s]++;
            degree[t]++;
        }

        // Compact the actors with ties into 0..k-1.
        int[] local = new int[nodeCount];
        var members = new List<int>();
        for (int v = 0; v < nodeCount; v++)
        {
            local[v] = degree[v] > 0 ? members.Count : -1;
            if (degree[v] > 0)
            {
                members.Add(v);
            }
        }

        int k = members.Count;
        double[] x = new double[k];
        double[] y = new double[k];
        uint state = Seed;
        for (int i = 0; i < k; i++)
        {
            x[i] = Next(ref state) * 100;
            y[i] = Next(ref state) * 100;
        }

        if (k > 0)
        {
            int[] es = new int[edges.Count];
            int[] et = new int[edges.Count];
            for (int i = 0; i < edges.Count; i++)
            {
                es[i] = local[edges[i].Item1];
                et[i] = local[edges[i].Item2];
            }

            double[] mass = members.Select(v => degree[v] + 1.0).ToArray();
            Run(x, y, mass, es, et, Iterations(k));
        }

        return Place(nodeCount, local, x, y);
    }

    private static void Run(double[] x, double[] y, double[] mass, int[] es, int[] et, int iterations)
    {
        int n = x.Length;
        const double scaling = 10;
        const double gravity = 0.05;
        double slowDown = 1 + Math.Log(n);
        double[] dx = new double[n];
        double[] dy = new double[n];
        double[] oldDx = new double[n];
        double[] oldDy = new double[n];
        var tree = new QuadTree(n);
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            (oldDx, dx) = (dx, oldDx);
            (oldDy, dy) = (dy, oldDy);
            Array.Clear(dx);
            Array.Clear(dy);
            tree.Build(x, y, mass);
            for (int i = 0; i < n; i++)
            {
                tree.Repulse(i, x, y, mass, scaling, ref dx[i], ref dy[i]);

                // Strong gravity: proportional to the distance to the centre.
                dx[i] -= scaling * mass[i] * gravity * x[i];
                dy[i] -= scaling * mass[i] * gravity * y[i];
            }

            for (int e = 0; e < es.Length; e++)
            {
                int a = es[e], b = et[e];
                double fx = x[a] - x[b], fy = y[a] - y[b];
                dx[a] -= fx;
                dy[a] -= fy;
                dx[b] += fx;
                dy[b] += fy;
            }

            for (int i = 0; i < n; i++)
            {
                double swing = mass[i] * Math.Sqrt(((oldDx[i] - dx[i]) * (oldDx[i] - dx[i])) + ((oldDy[i] - dy[i]) * (oldDy[i] - dy[i])));
                double traction = Math.Sqrt(((oldDx[i] + dx[i]) * (oldDx[i] + dx[i])) + ((oldDy[i] + dy[i]) * (oldDy[i] + dy[i]))) / 2;
                double speed = 0.1 * Math.Log(1 + traction) / (1 + Math.Sqrt(swing));
                x[i] += dx[i] * speed / slowDown;
                y[i] += dy[i] * speed / slowDown;
            }
        }
    }

    /// <summary>Scales the laid-out actors into [0, 1000] and puts the actors without ties on a grid to their right.</summary>
    private static double[] Place(int nodeCount, int[] local, double[] x, double[] y)
    {
        double minX = double.PositiveInfinity, maxX = double.NegativeInfinity, minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
        for (int i = 0; i < x.Length; i++)
        {
            minX = Math.Min(minX, x[i]);
            maxX = Math.Max(maxX, x[i]);
            minY = Math.Min(minY, y[i]);
            maxY = Math.Max(maxY, y[i]);
        }

        if (x.Length == 0)
        {
            minX = minY = 0;
            maxX = maxY = 1;
        }

        double span = Math.Max(Math.Max(maxX - minX, maxY - minY), 1e-9);
        double scale = x.Length <= 1 ? 1 : 1000 / span;
        int isolated = local.Count(v => v < 0);
        int columns = Math.Max(1, (int)Math.Ceiling(Math.Sqrt(isolated)));
        double width = x.Length == 0 ? 0 : (maxX - minX) * scale;
        double step = (x.Length == 0 ? 1000 : Math.Max(width, (maxY - minY) * scale)) / Math.Max(columns * 2, 8);
        double[] positions = new double[2 * nodeCount];
        int next = 0;
        for (int v = 0; v < nodeCount; v++)
        {
            double px, py;
            if (local[v] >= 0)
            {
                px = (x[local[v]] - minX) * scale;
                py = (y[local[v]] - minY) * scale;
            }
            else
            {
                px = (x.Length == 0 ? 0 : width + 150) + (next % columns * step);
                py = next / columns * step;
                next++;
            }

            positions[2 * v] = Math.Round(px, 1);
            positions[(2 * v) + 1] = Math.Round(py, 1);
        }

        return positions;
    }

    /// <summary>Mulberry32: a small generator whose sequence is fixed by its seed on every platform.</summary>
    private static double Next(ref uint state)
    {
        state += 0x6D2B79F5;
        uint t = state;
        t = (t ^ (t >> 15)) * (t | 1);
        t ^= t + ((t ^ (t >> 7)) * (t | 61));
        return (t ^ (t >> 14)) / 4294967296.0;
    }

    /// <summary>A Barnes–Hut quadtree over the current positions: each cell holds its total mass and centre of mass.</summary>
    private sealed class QuadTree
    {
        private const int Internal = -1;
        private const int Empty = -2;
        private const int MaxDepth = 40;

        private readonly List<Cell> _cells;
        private double[] _x = [];
        private double[] _y = [];
        private double[] _mass = [];

        public QuadTree(int n) => _cells = new List<Cell>(Math.Max(4, 2 * n));

        public void Build(double[] x, double[] y, double[] mass)
        {
            _x = x;
            _y = y;
            _mass = mass;
            _cells.Clear();
            double minX = double.PositiveInfinity, maxX = double.NegativeInfinity, minY = double.PositiveInfinity, maxY = double.NegativeInfinity;
            for (int i = 0; i < x.Length; i++)
            {
                minX = Math.Min(minX, x[i]);
                maxX = Math.Max(maxX, x[i]);
                minY = Math.Min(minY, y[i]);
                maxY = Math.Max(maxY, y[i]);
            }

            double size = Math.Max(Math.Max(maxX - minX, maxY - minY), 1e-6);
            _cells.Add(new Cell { X0 = minX, Y0 = minY, Size = size, Node = Empty, FirstChild = -1 });
            for (int i = 0; i < x.Length; i++)
            {
                Insert(0, i, 0);
            }
        }

        private void Insert(int c, int i, int depth)
        {
            while (true)
            {
                Cell cell = _cells[c];
                double m = _mass[i];
                cell.Mass += m;
                cell.Cx += _x[i] * m;
                cell.Cy += _y[i] * m;
                if (cell.FirstChild < 0 && cell.Node == Empty)
                {
                    cell.Node = i;
                    _cells[c] = cell;
                    return;
                }

                if (cell.FirstChild < 0)
                {
                    if (depth >= MaxDepth)
                    {
                        // Coincident points: keep them together in this leaf (their mass is already counted).
                        _cells[c] = cell;
                        return;
                    }

                    int existing = cell.Node;
                    cell.Node = Internal;
                    cell.FirstChild = _cells.Count;
                    _cells[c] = cell;
                    double half = cell.Size / 2;
                    for (int q = 0; q < 4; q++)
                    {
                        _cells.Add(new Cell { X0 = cell.X0 + ((q & 1) * half), Y0 = cell.Y0 + ((q >> 1) * half), Size = half, Node = Empty, FirstChild = -1 });
                    }

                    int child = Child(cell, existing);
                    Cell target = _cells[child];
                    target.Mass = _mass[existing];
                    target.Cx = _x[existing] * _mass[existing];
                    target.Cy = _y[existing] * _mass[existing];
                    target.Node = existing;
                    _cells[child] = target;
                }
                else
                {
                    _cells[c] = cell;
                }

                c = Child(_cells[c], i);
                depth++;
            }
        }

        private int Child(Cell cell, int i)
        {
            double half = cell.Size / 2;
            int q = (_x[i] >= cell.X0 + half ? 1 : 0) + (_y[i] >= cell.Y0 + half ? 2 : 0);
            return cell.FirstChild + q;
        }

        public void Repulse(int i, double[] x, double[] y, double[] mass, double scaling, ref double fx, ref double fy)
        {
            Span<int> stack = stackalloc int[4 * (MaxDepth + 2)];
            int top = 0;
            stack[top++] = 0;
            while (top > 0)
            {
                Cell cell = _cells[stack[--top]];
                if (cell.Mass <= 0)
                {
                    continue;
                }

                if (cell.FirstChild < 0 && cell.Node == i)
                {
                    continue;
                }

                double cx = cell.Cx / cell.Mass, cy = cell.Cy / cell.Mass;
                double ddx = x[i] - cx, ddy = y[i] - cy;
                double d2 = (ddx * ddx) + (ddy * ddy);
                if (cell.FirstChild < 0 || (cell.Size * cell.Size) < Theta * Theta * d2)
                {
                    if (d2 > 0)
                    {
                        double factor = scaling * mass[i] * cell.Mass / d2;
                        fx += ddx * factor;
                        fy += ddy * factor;
                    }

                    continue;
                }

                for (int q = 0; q < 4; q++)
                {
                    stack[top++] = cell.FirstChild + q;
                }
            }
        }

        private struct Cell
        {
            public double X0;
            public double Y0;
            public double Size;
            public double Mass;
            public double Cx;
            public double Cy;
            public int Node;
            public int FirstChild;
        }
    }
}
