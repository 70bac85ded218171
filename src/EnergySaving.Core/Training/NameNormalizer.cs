using System.Globalization;
using System.Text;

namespace EnergySaving.Core.Training;

/// <summary>
/// Full names of people, as entered by trainers. Two spellings are the same person when they differ
/// only in surrounding or repeated whitespace, Unicode composition (NFC vs NFD) or letter case.
/// Diacritics are kept: "Nguyễn Văn An" and "Nguyen Van An" are different people.
/// </summary>
public static class NameNormalizer
{
    /// <summary>The name for display and storage: NFC, trimmed, inner whitespace collapsed to one space; case kept.</summary>
    public static string Clean(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var composed = name.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The comparison key: <see cref="Clean"/>, lower-cased with the invariant culture, NFC again.</summary>
    public static string Key(string name) =>
        Clean(name).ToLower(CultureInfo.InvariantCulture).Normalize(NormalizationForm.FormC);

    public static bool SamePerson(string a, string b) => string.Equals(Key(a), Key(b), StringComparison.Ordinal);
}
