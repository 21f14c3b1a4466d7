using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Dockerfile.Syntax;
using Microsoft.CodeAnalysis;

namespace Dockerfile.Analysis.Rules.Support;

/// <summary>The label-schema checks (hadolint DL3049-DL3058): which labels the schema types, and value validators.</summary>
internal static class LabelSchemaFacts
{
    private static readonly Regex s_rfc3339 = new(@"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$", RegexOptions.CultureInvariant);

    private static readonly Regex s_semver = new(
        @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-((0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(\.(0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(\+([0-9a-zA-Z-]+(\.[0-9a-zA-Z-]+)*))?$",
        RegexOptions.CultureInvariant);

    private static readonly Regex s_email = new(
        @"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[^\[\]\\\s]*\])$",
        RegexOptions.CultureInvariant);

    // User-defined references, which the SPDX list cannot hold: LicenseRef-x (or DocumentRef-d:LicenseRef-x) for a
    // license, AdditionRef-x for what follows WITH.
    private static readonly Regex s_licenseRef = new(@"^(DocumentRef-[A-Za-z0-9.-]+:)?LicenseRef-[A-Za-z0-9.-]+$", RegexOptions.CultureInvariant);
    private static readonly Regex s_additionRef = new(@"^(DocumentRef-[A-Za-z0-9.-]+:)?AdditionRef-[A-Za-z0-9.-]+$", RegexOptions.CultureInvariant);

    // The SPDX license list (SpdxLicenseList, generated; see its header for the version). Identifiers match
    // without regard to case, as the SPDX specification says.
    private static readonly HashSet<string> s_licenses = new(SpdxLicenseList.Licenses.Concat(SpdxLicenseList.DeprecatedLicenses), StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> s_exceptions = new(SpdxLicenseList.Exceptions, StringComparer.OrdinalIgnoreCase);

    /// <summary>The labels of a top-level LABEL instruction whose schema type is <paramref name="type"/> (any type when null).</summary>
    public static IEnumerable<(KeyValuePairSyntax Pair, string Name, string Value)> TypedPairs(SyntaxNodeAnalysisContext context, string? type)
    {
        var label = (LabelInstructionSyntax)context.Node;
        var schema = context.Options.LabelSchema;
        if (label.ParentOnbuild != null || schema is null || schema.Count == 0)
        {
            yield break;
        }

        foreach (var pair in label.Pairs)
        {
            string name = RunFacts.Unquote(context.Tree, pair.Key);
            if (schema.TryGetValue(name, out string? expected) && (type is null || string.Equals(expected, type, StringComparison.OrdinalIgnoreCase)))
            {
                yield return (pair, name, RunFacts.Unquote(context.Tree, pair.Value));
            }
        }
    }

    /// <summary>Reports every label of the given type whose value fails <paramref name="isValid"/>, on the value (or the key when there is no value).</summary>
    public static void Check(SyntaxNodeAnalysisContext context, DiagnosticDescriptor descriptor, string type, Func<string, bool> isValid)
    {
        foreach (var (pair, name, value) in TypedPairs(context, type))
        {
            if (!isValid(value))
            {
                var span = pair.Value?.Span ?? pair.Key.Span;
                context.ReportDiagnostic(descriptor, context.Tree.GetLocation(span), name, value);
            }
        }
    }

    /// <summary>An absolute URI, such as <c>https://example.com/x</c>.</summary>
    public static bool IsUrl(string value) =>
        value.IndexOf(':') > 0 && Uri.TryCreate(value, UriKind.Absolute, out _);

    /// <summary>An RFC 3339 date and time, such as <c>2024-05-01T12:00:00Z</c>.</summary>
    public static bool IsRfc3339(string value) =>
        s_rfc3339.IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    /// <summary>A semantic version (semver.org 2.0.0).</summary>
    public static bool IsSemVer(string value) => s_semver.IsMatch(value);

    /// <summary>A full (40) or short (7) lowercase hexadecimal git hash.</summary>
    public static bool IsGitHash(string value) =>
        (value.Length == 40 || value.Length == 7) && value.All(c => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));

    /// <summary>An RFC 5322 address in its common form (<c>local@domain</c>).</summary>
    public static bool IsEmail(string value) => s_email.IsMatch(value);

    /// <summary>
    /// An SPDX license expression: license identifiers of the SPDX list (current or deprecated, any case, optionally
    /// with <c>+</c>) or <c>LicenseRef-</c> references, joined by AND and OR, with parentheses; <c>WITH</c> is followed
    /// by an exception identifier of the list or an <c>AdditionRef-</c> reference.
    /// </summary>
    public static bool IsSpdx(string value)
    {
        var tokens = Regex.Split(value.Replace("(", " ( ").Replace(")", " ) "), @"\s+").Where(t => t.Length > 0).ToList();
        int depth = 0;
        bool expectOperand = true;
        bool expectException = false;
        bool afterClose = false;
        foreach (string token in tokens)
        {
            if (token == "(")
            {
                if (!expectOperand || expectException)
                {
                    return false;
                }

                depth++;
            }
            else if (token == ")")
            {
                if (expectOperand || --depth < 0)
                {
                    return false;
                }
            }
            else if (token == "AND" || token == "OR")
            {
                if (expectOperand)
                {
                    return false;
                }

                expectOperand = true;
            }
            else if (token == "WITH")
            {
                // WITH binds one license to one exception: `GPL-2.0-only WITH Classpath-exception-2.0`.
                if (expectOperand || afterClose)
                {
                    return false;
                }

                expectException = true;
                expectOperand = true;
            }
            else
            {
                if (!expectOperand || !(expectException ? IsException(token) : IsLicense(token)))
                {
                    return false;
                }

                expectException = false;
                expectOperand = false;
            }

            afterClose = token == ")";
        }

        return tokens.Count > 0 && depth == 0 && !expectOperand;
    }

    private static bool IsLicense(string token) =>
        s_licenseRef.IsMatch(token)
        || s_licenses.Contains(token.EndsWith("+", StringComparison.Ordinal) ? token.Substring(0, token.Length - 1) : token);

    private static bool IsException(string token) => s_additionRef.IsMatch(token) || s_exceptions.Contains(token);
}
