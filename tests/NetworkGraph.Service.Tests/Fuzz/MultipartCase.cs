using System.Net;
using System.Text;

namespace NetworkGraph.Service.Tests.Fuzz;

/// <summary>One upload request as raw bytes: the request's Content-Type header and its body, sent with or without a length.</summary>
internal sealed class MultipartCase
{
    public MultipartCase(string contentType, byte[] body)
    {
        ContentType = contentType;
        Body = body;
    }

    public string ContentType { get; }

    public byte[] Body { get; }

    /// <summary>The X-Api-Key header to send; null for none.</summary>
    public string? Key { get; init; } = RunningService.Key;

    /// <summary>Whether the body is sent chunked, with no Content-Length.</summary>
    public bool Chunked { get; init; }

    /// <summary>The corpus form: the Content-Type line, then the body.</summary>
    public byte[] ToCorpus() => [.. Encoding.UTF8.GetBytes(ContentType + "\n"), .. Body];

    public static MultipartCase FromCorpus(byte[] bytes)
    {
        int newline = Array.IndexOf(bytes, (byte)'\n');
        return new MultipartCase(Encoding.UTF8.GetString(bytes, 0, newline), bytes[(newline + 1)..]);
    }

    public HttpRequestMessage ToRequest()
    {
        HttpContent content = Chunked ? new ChunkedContent(Body) : new ByteArrayContent(Body);
        if (ContentType.Length > 0)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        }

        var post = new HttpRequestMessage(HttpMethod.Post, "/api/waves") { Content = content };
        if (Key is not null)
        {
            post.Headers.Add("X-Api-Key", Key);
        }

        return post;
    }

    /// <summary>A multipart body builder: parts as raw header lines and content, joined with a chosen boundary and line end.</summary>
    internal sealed class Builder
    {
        public List<Part> Parts { get; } = [];

        public static Part Field(string name, string value) =>
            new([Encoding.UTF8.GetBytes($"Content-Disposition: form-data; name=\"{name}\"")], Encoding.UTF8.GetBytes(value));

        public static Part File(string field, byte[] fileName, string contentType, byte[] content)
        {
            byte[] disposition = [.. Encoding.UTF8.GetBytes($"Content-Disposition: form-data; name=\"{field}\"; filename=\""), .. fileName, (byte)'"'];
            var lines = new List<byte[]> { disposition };
            if (contentType.Length > 0)
            {
                lines.Add(Encoding.UTF8.GetBytes("Content-Type: " + contentType));
            }

            return new Part(lines, content);
        }

        public byte[] Build(string boundary, string lineEnd = "\r\n", bool closed = true, string preamble = "", string epilogue = "")
        {
            using var body = new MemoryStream();
            void Write(string s) => body.Write(Encoding.UTF8.GetBytes(s));
            Write(preamble);
            foreach (Part part in Parts)
            {
                Write("--" + boundary + lineEnd);
                foreach (byte[] line in part.Headers)
                {
                    body.Write(line);
                    Write(lineEnd);
                }

                Write(lineEnd);
                body.Write(part.Content);
                Write(lineEnd);
            }

            if (closed)
            {
                Write("--" + boundary + "--" + lineEnd + epilogue);
            }

            return body.ToArray();
        }
    }

    /// <summary>One part: its header lines (raw bytes, so names need not be UTF-8) and its content.</summary>
    internal sealed record Part(List<byte[]> Headers, byte[] Content);

    private sealed class ChunkedContent(byte[] data) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(data).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
