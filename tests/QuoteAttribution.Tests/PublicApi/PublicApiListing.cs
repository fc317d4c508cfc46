using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace QuoteAttribution.Tests.PublicApi;

/// <summary>
/// The public surface of an assembly as text, one line per type and per member, sorted, with nullable reference
/// annotations: what a user of the package can call. A change to it shows as a diff of the checked-in listing.
/// </summary>
internal static class PublicApiListing
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Of(Assembly assembly)
    {
        var text = new StringBuilder();
        var types = assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in types)
        {
            text.Append(TypeHeader(type)).Append('\n');
            foreach (var (_, line) in Members(type).OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Line, StringComparer.Ordinal))
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string TypeHeader(Type type)
    {
        var kind = type.IsEnum ? "enum"
            : type.IsInterface ? "interface"
            : type.IsValueType ? (IsRecord(type) ? "record struct" : "struct")
            : type.IsSubclassOf(typeof(Delegate)) ? "delegate"
            : IsRecord(type) ? "record" : "class";
        var modifiers = type.IsValueType || type.IsInterface ? ""
            : type.IsAbstract && type.IsSealed ? "static "
            : type.IsSealed ? "sealed "
            : type.IsAbstract ? "abstract " : "";
        var readOnly = type.IsValueType && type.GetCustomAttribute<IsReadOnlyAttribute>() is not null ? "readonly " : "";
        var bases = new List<string>();
        if (type.BaseType is { } baseType && baseType != typeof(object) && baseType != typeof(ValueType) && baseType != typeof(Enum))
        {
            bases.Add(Name(baseType));
        }

        bases.AddRange(type.GetInterfaces()
            .Where(i => i.IsPublic && !(IsRecord(type) && i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>)))
            .Select(Name)
            .Order(StringComparer.Ordinal));
        return $"public {readOnly}{modifiers}{kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}";
    }

    private static IEnumerable<(string Name, string Line)> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return (field.Name, $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}");
            }

            yield break;
        }

        var context = new NullabilityInfoContext();
        foreach (var member in type.GetMembers(Declared))
        {
            var line = member switch
            {
                ConstructorInfo c when Visible(c) => $"{Access(c)}{(c.IsStatic ? "static " : "")}.ctor({Parameters(c, context)})",
                MethodInfo m when Visible(m) && !IsAccessor(m) && !m.Name.Contains('<', StringComparison.Ordinal) =>
                    $"{Access(m)}{MethodModifiers(m, type)}{Name(context.Create(m.ReturnParameter))} {m.Name}{GenericArguments(m)}({Parameters(m, context)})",
                PropertyInfo p when Accessors(p).Any(Visible) => Property(p, context),
                FieldInfo f when f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly =>
                    $"{(f.IsFamily ? "protected " : "")}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(context.Create(f))} {f.Name}",
                EventInfo e when e.AddMethod is { } add && Visible(add) => $"event {Name(e.EventHandlerType!)} {e.Name}",
                _ => null,
            };
            if (line is not null)
            {
                yield return (member.Name, line);
            }
        }
    }

    private static string Property(PropertyInfo property, NullabilityInfoContext context)
    {
        var accessors = new List<string>();
        if (property.GetMethod is { } get && Visible(get))
        {
            accessors.Add("get;");
        }

        if (property.SetMethod is { } set && Visible(set))
        {
            var init = set.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
            accessors.Add(init ? "init;" : "set;");
        }

        var accessor = property.GetMethod ?? property.SetMethod!;
        var required = property.GetCustomAttribute<RequiredMemberAttribute>() is not null ? "required " : "";
        var indexer = property.GetIndexParameters() is { Length: > 0 } index
            ? "[" + string.Join(", ", index.Select(p => $"{Name(context.Create(p))} {p.Name}")) + "]"
            : "";
        return $"{Access(accessor)}{(accessor.IsStatic ? "static " : "")}{required}{Name(context.Create(property))} {property.Name}{indexer} {{ {string.Join(' ', accessors)} }}";
    }

    private static string MethodModifiers(MethodInfo method, Type type)
    {
        if (method.IsStatic)
        {
            return method.IsAbstract ? "static abstract " : "static ";
        }

        if (type.IsInterface)
        {
            return method.IsAbstract ? "" : "default ";
        }

        if (method.IsAbstract)
        {
            return "abstract ";
        }

        var isOverride = method.GetBaseDefinition().DeclaringType != method.DeclaringType;
        return isOverride ? "override " : method.IsVirtual && !method.IsFinal ? "virtual " : "";
    }

    private static string Parameters(MethodBase method, NullabilityInfoContext context) =>
        string.Join(", ", method.GetParameters().Select(p =>
        {
            var prefix = p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : "";
            var extension = method.IsDefined(typeof(ExtensionAttribute)) && p.Position == 0 ? "this " : "";
            var defaultValue = p.HasDefaultValue ? " = " + (p.DefaultValue switch
            {
                null => p.ParameterType.IsValueType ? "default" : "null",
                string s => $"\"{s}\"",
                bool b => b ? "true" : "false",
                IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
                var other => other.ToString(),
            }) : "";
            return $"{extension}{prefix}{Name(context.Create(p))} {p.Name}{defaultValue}";
        }));

    private static string GenericArguments(MethodInfo method) =>
        method.IsGenericMethodDefinition ? "<" + string.Join(", ", method.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static bool Visible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static string Access(MethodBase method) => method.IsPublic ? "" : "protected ";

    private static IEnumerable<MethodInfo> Accessors(PropertyInfo property) =>
        new[] { property.GetMethod, property.SetMethod }.OfType<MethodInfo>();

    private static bool IsAccessor(MethodInfo method) =>
        method.IsSpecialName && (method.Name.StartsWith("get_", StringComparison.Ordinal) || method.Name.StartsWith("set_", StringComparison.Ordinal)
            || method.Name.StartsWith("add_", StringComparison.Ordinal) || method.Name.StartsWith("remove_", StringComparison.Ordinal));

    private static bool IsRecord(Type type) =>
        type.GetMethod("<Clone>$", Type.EmptyTypes) is not null
        || (type.IsValueType && type.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static string Name(NullabilityInfo info)
    {
        var type = info.Type;
        if (type.IsByRef)
        {
            type = type.GetElementType()!;
        }

        string name;
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray && info.ElementType is { } element)
        {
            name = Name(element) + "[]";
        }
        else if (type.IsGenericType && info.GenericTypeArguments.Length > 0)
        {
            name = BaseName(type) + "<" + string.Join(", ", info.GenericTypeArguments.Select(Name)) + ">";
        }
        else
        {
            name = Name(type);
        }

        return !type.IsValueType && info.ReadState == NullabilityState.Nullable ? name + "?" : name;
    }

    private static string Name(Type type)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!);
        }

        if (type.IsGenericParameter)
        {
            return type.Name;
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        if (type.IsArray)
        {
            return Name(type.GetElementType()!) + "[]";
        }

        return type.IsGenericType
            ? BaseName(type) + "<" + string.Join(", ", type.GetGenericArguments().Select(Name)) + ">"
            : Keyword(type) ?? Qualified(type);
    }

    private static string BaseName(Type type)
    {
        var name = Qualified(type.GetGenericTypeDefinition());
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string Qualified(Type type) =>
        type.IsNested ? Qualified(type.DeclaringType!) + "." + type.Name : (type.Namespace is { } ns ? ns + "." : "") + type.Name;

    private static string? Keyword(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Boolean => "bool",
        TypeCode.Byte => "byte",
        TypeCode.Char => "char",
        TypeCode.Double => "double",
        TypeCode.Int32 => "int",
        TypeCode.Int64 => "long",
        TypeCode.Single => "float",
        TypeCode.String => "string",
        TypeCode.Decimal => "decimal",
        _ when type == typeof(object) => "object",
        _ when type == typeof(void) => "void",
        _ => null,
    };
}
