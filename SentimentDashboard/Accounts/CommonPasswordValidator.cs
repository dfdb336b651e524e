using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace SentimentDashboard.Accounts;

/// <summary>
/// Refuses passwords an attacker tries first, whatever their length: a common password with digits and symbols
/// around it or letters swapped for look-alikes (<c>P@ssw0rd2024!</c>), one repeated (<c>dragondragon</c>), a run
/// along the keyboard or the alphabet (<c>qwertyuiop12</c>), one character or a short group repeated, and the user's
/// own email. Length is Identity's rule (12); composition rules are not used, since they make passwords harder to
/// remember without making them harder to guess.
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<DashboardUser>
{
    private const string Runs = "qwertyuiopasdfghjklzxcvbnm abcdefghijklmnopqrstuvwxyz 01234567890 1qaz2wsx3edc4rfv5tgb";

    private static readonly string ReversedRuns = new([.. Runs.Reverse()]);

    private static readonly FrozenSet<string> Common = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<DashboardUser> manager, DashboardUser user, string? password)
    {
        var problem = Problem(password ?? "", user.Email);
        return Task.FromResult(problem is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "CommonPassword", Description = problem }));
    }

    /// <summary>Why the password is easy to guess, or null.</summary>
    public static string? Problem(string password, string? email)
    {
        var lower = password.ToLowerInvariant();
        if (IsRepetition(lower))
        {
            return "This password repeats a character or a short group; choose one that does not.";
        }

        if (IsMostlyRuns(lower))
        {
            return "This password follows the keyboard or the alphabet; choose one that does not.";
        }

        var letters = Letters(lower);
        if (letters.Length >= 4 && (Common.Contains(letters) || IsRepeatedCommon(letters)))
        {
            return "This password is among the most common ones (with digits or symbols added); choose one that is not.";
        }

        var name = email?.Split('@')[0].ToLowerInvariant();
        if (name is { Length: >= 4 } && lower.Contains(name, StringComparison.Ordinal))
        {
            return "This password contains your email's name; choose one that does not.";
        }

        return null;
    }

    /// <summary>
    /// The letters of a password as the common list keeps them: digits and symbols around them dropped (but $ and @,
    /// which stand for letters even there: $unshine, p@ss), look-alikes inside read as letters.
    /// </summary>
    internal static string Letters(string lower)
    {
        var trimmed = lower.AsSpan().Trim(Surrounding(lower));
        var builder = new StringBuilder(trimmed.Length);
        foreach (var c in trimmed)
        {
            var letter = c switch
            {
                '0' => 'o',
                '1' or '!' => 'i',
                '3' => 'e',
                '4' or '@' => 'a',
                '5' or '$' => 's',
                '7' => 't',
                _ => c,
            };
            if (letter is >= 'a' and <= 'z')
            {
                builder.Append(letter);
            }
        }

        return builder.ToString();
    }

    private static string Surrounding(string text) => new([.. text.Where(c => c is not ((>= 'a' and <= 'z') or '$' or '@')).Distinct()]);

    private static bool IsRepetition(string text)
    {
        for (var unit = 1; unit <= Math.Min(4, text.Length / 2); unit++)
        {
            if (Enumerable.Range(unit, text.Length - unit).All(i => text[i] == text[i % unit]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether runs of three or more characters along a keyboard row, the alphabet or the digits, either way, make up three quarters of it.</summary>
    private static bool IsMostlyRuns(string text)
    {
        var covered = 0;
        var start = 0;
        while (start < text.Length)
        {
            var length = 1;
            while (start + length < text.Length && IsRun(text.AsSpan(start, length + 1)))
            {
                length++;
            }

            covered += length >= 3 ? length : 0;
            start += length;
        }

        return covered * 4 >= text.Length * 3;
    }

    private static bool IsRun(ReadOnlySpan<char> text) =>
        Runs.AsSpan().IndexOf(text) >= 0 || ReversedRuns.AsSpan().IndexOf(text) >= 0;

    private static bool IsRepeatedCommon(string letters) =>
        Enumerable.Range(4, letters.Length / 2 - 3).Any(length =>
            letters.Length % length == 0 && Common.Contains(letters[..length]) && letters == string.Concat(Enumerable.Repeat(letters[..length], letters.Length / length)));

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("CommonPasswords.txt")
            ?? throw new InvalidOperationException("The common password list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (!line.StartsWith('#'))
            {
                words.Add(line);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
