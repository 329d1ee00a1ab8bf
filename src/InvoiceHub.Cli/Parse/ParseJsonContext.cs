using System.Text.Json.Serialization;

namespace InvoiceHub.Cli.Parse;

/// <summary>
/// The `parse --json` record's serializer, generated at compile time: the native build (docs/cli.md, "Speed") has no
/// run-time reflection over these types, and the JIT build starts without building the serializer by reflection.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ParseLine))]
internal sealed partial class ParseJsonContext : JsonSerializerContext;
