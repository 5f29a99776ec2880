using System.Text;
using Compliance.Core.Inputs;
using Compliance.Reports.Folder;
using static Compliance.Reports.Html.HtmlText;

namespace Compliance.Reports.Html;

/// <summary>A manual control's attestation: who, when, expiry, and the evidence file with its recorded and stored hashes.</summary>
internal static class HtmlAttestation
{
    public static void Render(StringBuilder html, Attestation a, bool expired, IReadOnlyList<StoredEvidence> stored)
    {
        var copy = EvidenceStore.Find(stored, a.EvidenceFile);
        html.Append("<div class=\"attestation").Append(expired ? " expired" : string.Empty).Append("\"><p class=\"box-title\">Attestation")
            .Append(expired ? " <span class=\"flag\">Expired</span>" : string.Empty).Append("</p><dl>\n");
        HtmlReport.Entry(html, "Attested by", a.AttestedBy);
        HtmlReport.Entry(html, "Attested on", Date(a.AttestedOn));
        HtmlReport.Entry(html, "Expires", Date(a.Expires) + (expired ? " (expired)" : string.Empty));
        HtmlReport.Entry(html, "Statement", a.Statement);
        html.Append("<dt>Evidence file</dt><dd>");
        if (copy is null)
        {
            html.Append(Encode(a.EvidenceFile)).Append(" <span class=\"flag\">not stored with this run</span>");
        }
        else
        {
            html.Append("<a href=\"").Append(Encode(Uri.EscapeDataString(copy.RelativePath).Replace("%2F", "/", StringComparison.Ordinal)))
                .Append("\">").Append(Encode(copy.RelativePath)).Append("</a>");
        }

        html.Append("</dd>\n");
        HtmlReport.Entry(html, "SHA-256 (attested)", a.EvidenceSha256);
        if (copy is not null)
        {
            var same = string.Equals(copy.Sha256, a.EvidenceSha256, StringComparison.OrdinalIgnoreCase);
            html.Append("<dt>SHA-256 (stored copy)</dt><dd>").Append(Encode(copy.Sha256))
                .Append(same ? " (matches)" : " <span class=\"flag\">differs from the attested hash</span>").Append("</dd>\n");
        }

        html.Append("</dl></div>\n");
    }
}
