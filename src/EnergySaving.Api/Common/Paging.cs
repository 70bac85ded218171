using EnergySaving.Api.Common.Messages;
using EnergySaving.Core.Messages;

namespace EnergySaving.Api.Common;

/// <summary>Paging of every list: bounded, so that the offset (page - 1) × pageSize can never overflow.</summary>
public static class Paging
{
    public const int MaxPageSize = 500;

    /// <summary>Far beyond any list here (500 million rows at the largest page size), and the offset still fits an int.</summary>
    public const int MaxPage = 1_000_000;

    public static void Check(FieldErrors errors, int page, int pageSize)
    {
        if (page is < 1 or > MaxPage) errors.Add("page", Message.Of("paging.page.out-of-range", ("max", MaxPage)));
        if (pageSize is < 1 or > MaxPageSize) errors.Add("pageSize", Message.Of("paging.page-size.out-of-range", ("max", MaxPageSize)));
    }

    /// <summary>Rows to skip; only for values that passed <see cref="Check"/>.</summary>
    public static int Offset(int page, int pageSize) => checked((page - 1) * pageSize);
}
