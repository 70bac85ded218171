using EnergySaving.Core.Energy;

namespace EnergySaving.UnitTests.Energy;

public class CarrierCatalogTests
{
    private const string Official = "Official Letter 3505/BCT-KHCN of 19 April 2011 (Ministry of Industry and Trade)";

    [Fact]
    public void Seed_data_has_every_carrier_of_the_official_table_and_the_energy_unit_carriers()
    {
        Assert.Equal(
            ["electricity", "coke", "coal-fines-1-2", "coal-fines-3-4", "coal-fines-5-6", "diesel", "fuel-oil", "lpg",
             "natural-gas", "gasoline", "jet-fuel", "biomass", "steam-heat", "other-energy"],
            SeedCatalog.Catalog.Codes);
    }

    [Theory]
    [InlineData("electricity", "Điện")]
    [InlineData("coke", "Than cốc")]
    [InlineData("coal-fines-1-2", "Than cám loại 1, 2")]
    [InlineData("coal-fines-3-4", "Than cám loại 3, 4")]
    [InlineData("coal-fines-5-6", "Than cám loại 5, 6")]
    [InlineData("diesel", "Dầu DO")]
    [InlineData("fuel-oil", "Dầu FO")]
    [InlineData("lpg", "LPG")]
    [InlineData("natural-gas", "Khí tự nhiên")]
    [InlineData("gasoline", "Xăng ô tô, xe máy")]
    [InlineData("jet-fuel", "Nhiên liệu phản lực")]
    public void Official_carriers_keep_their_Vietnamese_names_and_source(string code, string nameVi)
    {
        var carrier = SeedCatalog.Carrier(code);

        Assert.Equal(nameVi, carrier.NameVi);
        Assert.All(carrier.Factors, f =>
        {
            Assert.Equal(Official, f.Source);
            Assert.Equal(new DateOnly(2011, 4, 19), f.ValidFrom);
            Assert.Equal(code, f.CarrierCode);
        });
    }

    [Theory]
    [InlineData("electricity", new[] { EnergyDimension.Energy })]
    [InlineData("coke", new[] { EnergyDimension.Mass })]
    [InlineData("coal-fines-5-6", new[] { EnergyDimension.Mass })]
    [InlineData("diesel", new[] { EnergyDimension.Mass, EnergyDimension.Volume })]
    [InlineData("fuel-oil", new[] { EnergyDimension.Mass, EnergyDimension.Volume })]
    [InlineData("gasoline", new[] { EnergyDimension.Mass, EnergyDimension.Volume })]
    [InlineData("natural-gas", new[] { EnergyDimension.Volume })]
    [InlineData("biomass", new[] { EnergyDimension.Energy })]
    [InlineData("steam-heat", new[] { EnergyDimension.Energy })]
    public void Carriers_accept_the_dimensions_of_their_factors(string code, EnergyDimension[] dimensions)
    {
        Assert.Equal(dimensions, SeedCatalog.Carrier(code).Dimensions);
    }

    [Fact]
    public void Coke_has_the_range_and_coal_fines_5_6_the_ministrys_value()
    {
        var coke = Assert.Single(SeedCatalog.Carrier("coke").Factors);
        Assert.Equal((0.70, 0.70, 0.75), (coke.Toe, coke.MinToe!.Value, coke.MaxToe!.Value));

        Assert.Equal(0.50, Assert.Single(SeedCatalog.Carrier("coal-fines-5-6").Factors).Toe);
        Assert.All(SeedCatalog.Catalog.Carriers.Where(c => c.Code != "coke").SelectMany(c => c.Factors),
            f => Assert.False(f.AllowsDeclaredFactor));
    }

    [Theory]
    [InlineData("biomass", "Sinh khối")]
    [InlineData("steam-heat", "Hơi nước / nhiệt mua ngoài")]
    public void Energy_unit_carriers_convert_at_41_868_GJ(string code, string nameViStart)
    {
        var carrier = SeedCatalog.Carrier(code);
        var factor = Assert.Single(carrier.Factors);

        Assert.StartsWith(nameViStart, carrier.NameVi);
        Assert.Equal((EnergyDimension.Energy, 41.868, "GJ", 1.0), (factor.Dimension, factor.PerQuantity, factor.PerUnit, factor.Toe));
        Assert.Equal(ToeDefinition.Source, factor.Source);
    }

    [Fact]
    public void Lookup_is_exact()
    {
        Assert.True(SeedCatalog.Catalog.TryGet("diesel", out _));
        Assert.False(SeedCatalog.Catalog.TryGet("Diesel", out _));
        Assert.False(SeedCatalog.Catalog.TryGet(null, out _));
    }

    private const string Header = CarrierCatalog.Header;

    private const string GoodRow = "lpg,LPG,LPG,mass,1,t,1.09,,,2011-04-19,src";

    [Fact]
    public void Byte_order_mark_blank_lines_and_quoted_fields_are_fine()
    {
        var catalog = CarrierCatalog.Load(new StringReader(
            "\uFEFF" + Header + "\n" + GoodRow + "\n\n" + "x,\"A \"\"quoted\"\", name\",\"Tên, có dấu\",volume,1000,m3,0.9,,,2020-01-01,src\n"));

        Assert.Equal(["lpg", "x"], catalog.Codes);
        Assert.True(catalog.TryGet("x", out var x));
        Assert.Equal("A \"quoted\", name", x.Name);
        Assert.Equal("Tên, có dấu", x.NameVi);
    }

    [Theory]
    [InlineData("lpg,LPG,LPG,mass,1,t,1.09,,,2011-04-19", 2, "expected 11 fields")]
    [InlineData("lpg,LPG,LPG,mass,1,t,1,09,,,2011-04-19,src", 2, "expected 11 fields")]
    [InlineData("lpg,LPG,LPG,mass,1,t,\"1,09\",,,2011-04-19,src", 2, "toe '1,09' is not a number")]
    [InlineData("lpg,LPG,LPG,weight,1,t,1.09,,,2011-04-19,src", 2, "dimension 'weight'")]
    [InlineData("lpg,LPG,LPG,mass,1,t,1.09,,,19/04/2011,src", 2, "valid_from '19/04/2011'")]
    [InlineData("lpg,LPG,LPG,mass,1,kWh,1.09,,,2011-04-19,src", 2, "per_unit 'kWh' is not a mass unit (t, kg)")]
    [InlineData("lpg,LPG,LPG,mass,1,ton,1.09,,,2011-04-19,src", 2, "per_unit 'ton'")]
    [InlineData("lpg,LPG,LPG,mass,0,t,1.09,,,2011-04-19,src", 2, "per_quantity must be a positive number")]
    [InlineData("lpg,LPG,LPG,mass,1,t,-1,,,2011-04-19,src", 2, "toe must be a positive number")]
    [InlineData("lpg,LPG,LPG,mass,1,t,NaN,,,2011-04-19,src", 2, "toe 'NaN' is not a number")]
    [InlineData("lpg,LPG,LPG,mass,1,t,1.09,1.0,,2011-04-19,src", 2, "min_toe and max_toe must be given together")]
    [InlineData("lpg,LPG,LPG,mass,1,t,1.2,1.0,1.1,2011-04-19,src", 2, "outside its range")]
    [InlineData("lpg,LPG,LPG,mass,1,t,1.09,,,2011-04-19,", 2, "source is empty")]
    [InlineData("LPG,LPG,LPG,mass,1,t,1.09,,,2011-04-19,src", 2, "code 'LPG'")]
    [InlineData("lpg,\"LPG,LPG,mass,1,t,1.09,,,2011-04-19,src", 2, "unterminated quoted field")]
    [InlineData(GoodRow + "\n" + GoodRow, 3, "two mass factors valid from 2011-04-19")]
    [InlineData(GoodRow + "\nlpg,LPG gas,LPG,mass,1,t,1.1,,,2020-01-01,src", 3, "named differently than on line 2")]
    public void Malformed_rows_are_reported_with_their_line(string rows, int line, string reason)
    {
        var error = Assert.Throws<CarrierCatalogFormatException>(() => CarrierCatalog.Load(new StringReader(Header + "\n" + rows)));

        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message);
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("code,name,dimension\n", "the header must be")]
    [InlineData(Header + "\n", "no carriers")]
    public void Malformed_files_are_reported(string csv, string reason)
    {
        var error = Assert.Throws<CarrierCatalogFormatException>(() => CarrierCatalog.Load(new StringReader(csv)));

        Assert.Contains(reason, error.Message);
    }
}
