using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EnergySaving.Api.EnergyCarriers;

public sealed record QuantityDto(double Quantity, string Unit);

public sealed record FactorDto(QuantityDto Per, double Toe, double? Min, double? Max, string ValidFrom, string Source);

public sealed record EnergyCarrierDto(string Code, string Name, string NameVi, IReadOnlyList<string> Dimensions,
    IReadOnlyList<string> Units, IReadOnlyList<FactorDto> Factors);

public static class EnergyCarriersApi
{
    public static void MapEnergyCarriers(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/energy-carriers", List)
            .RequireAuthorization()
            .WithTags("Energy carriers")
            .WithName("ListEnergyCarriers")
            .WithSummary("The energy carriers and the official factors that convert them to TOE")
            .WithDescription("Source: Official Letter 3505/BCT-KHCN (2011). A month uses the factor whose validFrom is the latest on or before its first day; units lists what the carrier accepts.");
    }

    private static Ok<List<EnergyCarrierDto>> List(CarrierCatalogStore store) =>
        TypedResults.Ok(store.Catalog.Carriers.Select(c => new EnergyCarrierDto(
            c.Code, c.Name, c.NameVi,
            c.Dimensions.Select(CarrierCatalogStore.DimensionName).ToList(),
            c.AcceptedUnitAbbreviations,
            c.Factors.Select(f => new FactorDto(new QuantityDto(f.PerQuantity, f.PerUnit), f.Toe, f.MinToe, f.MaxToe,
                f.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Source)).ToList())).ToList());
}
