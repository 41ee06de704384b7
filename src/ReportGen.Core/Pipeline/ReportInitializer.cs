using System.Collections.Immutable;
using ReportGen.Folders;
using ReportGen.Format;
using ReportGen.Model;
using ReportGen.Render;

namespace ReportGen.Pipeline;

/// <summary>`reportgen init`: the folder to create, the agency and the report year; with <paramref name="Workbook"/> the tables as tables.xlsx.</summary>
internal sealed record InitRequest(string Folder, string Agency, int Year, bool Workbook = false);

/// <summary>What `init` did: the new folder and the files written into it, or the finding (F03) that says why nothing was written.</summary>
internal sealed record InitOutcome(string Folder, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<string> Written) : JobOutcome(Diagnostics)
{
    protected override bool Done => !Written.IsDefaultOrEmpty;
}

/// <summary>
/// A ready-to-fill report folder: metadata, the three tables with every official row and column set
/// to zero, and narrative files with the customary sub-headings and prompts saying what to write. Its
/// structure passes `check`; the prompts fail it (N02) until they are replaced, so a draft is never built.
/// </summary>
internal sealed class ReportInitializer
{
    public InitOutcome Init(InitRequest request)
    {
        // The front ends word these in their own terms first (the CLI as usage errors); no caller can skip them,
        // and a request refused here writes nothing, as an output that cannot be written (F03).
        if (InitRequestValidator.Form.Value.Problems(request) is [_, ..] problems)
        {
            return new InitOutcome(request.Folder, [.. problems.Select(p => new Diagnostic(RuleCatalog.Unwritable, new SourceLocation(request.Folder, 0, 0), p, string.Empty))], []);
        }
        var metadata = new ReportMetadata(request.Agency, request.Year, null, null, null, ImmutableDictionary<string, string>.Empty, null);
        var narratives = StatutoryFormat.Sections
            .Select(s => (s.Key, Text: EmbeddedTemplateSet.Instance.Read($"init/{s.NarrativeFile}")))
            .Where(n => n.Text is not null)
            .ToImmutableDictionary(n => n.Key, n => new NarrativeText(StatutoryFormat.Sections.First(s => s.Key == n.Key).NarrativeFile, n.Text!));
        var report = Report.Of(metadata, TableData.Zero, narratives);
        var written = new ReportFolderWriter().WriteNew(request.Folder, report, request.Workbook);
        return new InitOutcome(request.Folder, written.Finding is { } unwritten ? [unwritten] : [], written.Written);
    }
}
