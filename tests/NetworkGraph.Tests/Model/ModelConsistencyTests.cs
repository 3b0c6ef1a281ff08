using System.Reflection;
using NetworkGraph.Model;

namespace NetworkGraph.Tests.Model;

public sealed class ModelConsistencyTests
{
    [Fact]
    public void ModelTypes_AreSealedWithInitOnlyProperties()
    {
        Type[] types = [.. typeof(Actor).Assembly.GetExportedTypes().Where(t => t.Namespace == "NetworkGraph.Model" && t.IsClass)];
        Assert.NotEmpty(types);
        foreach (Type type in types)
        {
            Assert.True(type.IsSealed, type.Name + " is not sealed");
            foreach (PropertyInfo p in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                MethodInfo? setter = p.SetMethod;
                bool initOnly = setter is null || setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
                Assert.True(initOnly, $"{type.Name}.{p.Name} has a setter");
            }
        }
    }
}
