using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace EnergySaving.Api.Infrastructure;

/// <summary>
/// Describes the refusals every route can answer, from what the route is (its metadata), so that generated clients
/// know them: 400 for a route that takes input (a malformed body or parameter is named by the problem), 401/403 for
/// an authorised route, 404 for a route naming a resource, 413/415 for a route with a body, 429 for a rate-limited
/// one. Every 4xx answers the one problem shape (<see cref="ProblemSchema"/>): RFC 9457 plus the message codes
/// (<c>code</c>, <c>args</c>, <c>errors</c>, <c>errorCodes</c>).
/// </summary>
public sealed class OpenApiProblems : IOperationFilter, IDocumentFilter
{
    public const string ProblemSchema = "Problem";
    private const string ProblemJson = "application/problem+json";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= new OpenApiResponses();
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var hasInput = (operation.Parameters?.Count ?? 0) > 0 || operation.RequestBody is not null;
        var authorised = metadata.OfType<IAuthorizeData>().Any() && !metadata.OfType<IAllowAnonymous>().Any();
        var path = context.ApiDescription.RelativePath ?? "";
        if (hasInput) Add(operation, context, "400", "The input is invalid: `errors` and `errorCodes` name each field.");
        if (authorised)
        {
            Add(operation, context, "401", "No bearer token, or an expired or revoked one.");
            Add(operation, context, "403", "The caller's role may not use this route.");
        }
        if (path.Contains('{')) Add(operation, context, "404", "No such resource, or one the caller may not see.");
        if (operation.RequestBody is not null)
        {
            Add(operation, context, "413", "The body is larger than the route accepts.");
            Add(operation, context, "415", "The body's content type is not one the route accepts.");
        }
        if (metadata.OfType<EnableRateLimitingAttribute>().Any()) Add(operation, context, "429", "Too many attempts: retry after the time given.");
        // Every 4xx, declared by the route or above, answers the one problem shape.
        foreach (var (status, response) in operation.Responses)
            if (status.StartsWith('4') && response is OpenApiResponse r)
                r.Content = new Dictionary<string, IOpenApiMediaType> { [ProblemJson] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(ProblemSchema, context.Document) } };
    }

    private static void Add(OpenApiOperation operation, OperationFilterContext context, string status, string description)
    {
        if (operation.Responses!.ContainsKey(status)) return;
        operation.Responses[status] = new OpenApiResponse { Description = description };
    }

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = Problem();
        document.Components.Schemas["MessageCode"] = MessageCode();
        // The framework's problem schemas are replaced by the one above wherever a 4xx answers.
        document.Components.Schemas.Remove("ProblemDetails");
        document.Components.Schemas.Remove("HttpValidationProblemDetails");
    }

    private static OpenApiSchema MessageCode() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "A message as data: a stable dotted code and its named arguments (numbers, dates YYYY-MM-DD, months YYYY-MM, codes).",
        Required = new HashSet<string> { "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String },
            ["args"] = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalPropertiesAllowed = true },
        },
    };

    private static OpenApiSchema Problem() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "RFC 9457 problem details. A 400 names each field in `errors` (texts in the request's language) and " +
                      "`errorCodes` (the same fields, in the same order, as codes); other refusals carry `code` and `args`.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
            ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
            ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The refusal's message code (not on a 400)." },
            ["args"] = new OpenApiSchema { Type = JsonSchemaType.Object, AdditionalPropertiesAllowed = true },
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["errorCodes"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchemaReference("MessageCode") },
            },
        },
    };
}
