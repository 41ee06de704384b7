using System.Collections.Immutable;

namespace ReportGen.Disk;

/// <summary>What a path the user gave is, answered once, here: every command asks this and nothing else.</summary>
internal enum InputKind
{
    Missing,

    /// <summary>A folder with report.json, or one without report.json and without report folders in it (then a report folder missing its files).</summary>
    ReportFolder,

    /// <summary>A folder without report.json whose subfolders have one: a 政务公开办's batch.</summary>
    Collection,

    /// <summary>A regular file: a published report to import (in memory for `check`).</summary>
    PublishedFile,

    /// <summary>A device, FIFO or socket: never read.</summary>
    NotRegular,
}

/// <param name="Reports">The report folders: the folder itself, or for a collection each report folder in it, in ordinal order.</param>
internal sealed record InputPath(string Given, InputKind Kind, ImmutableArray<string> Reports)
{
    public static InputPath Classify(string path)
    {
        var entry = DiskEntry.Of(path, followLinks: true);
        switch (entry.Kind)
        {
            case EntryKind.Missing:
                return new InputPath(path, InputKind.Missing, [path]);
            case EntryKind.Regular:
                return new InputPath(path, InputKind.PublishedFile, [path]);
            case EntryKind.Other:
                return new InputPath(path, InputKind.NotRegular, [path]);
        }
        if (HasMetadata(path))
        {
            return new InputPath(path, InputKind.ReportFolder, [path]);
        }
        var reports = Directory.GetDirectories(path).Where(HasMetadata).Order(StringComparer.Ordinal).ToImmutableArray();
        return reports.IsEmpty
            ? new InputPath(path, InputKind.ReportFolder, [path])
            : new InputPath(path, InputKind.Collection, reports);
    }

    private static bool HasMetadata(string folder) => DiskEntry.Of(Path.Combine(folder, Load.MetadataJsonLoader.FileName), followLinks: true).Kind != EntryKind.Missing;
}
