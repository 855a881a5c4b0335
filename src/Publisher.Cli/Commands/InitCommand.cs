using System.CommandLine;
using Publisher.Cli.Templates;

namespace Publisher.Cli.Commands;

/// <summary><c>publisher init [DIR]</c>: a commented <c>publisher.json</c>, an example list and an editable copy of the newsletter templates.</summary>
internal static class InitCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create()
    {
        var dirArg = new Argument<string>("dir") { Description = "Folder to set up (created when missing; default: the working folder).", DefaultValueFactory = _ => "." };
        var command = new Command("init", "Set up a folder for 'publisher build': publisher.json, lists/example.md and templates/newsletter/ to edit. Never overwrites a file.") { dirArg };
        command.SetAction(parse => Run(parse.GetValue(dirArg)!));
        return command;
    }

    /// <summary>Writes the files into <paramref name="directory"/>, or nothing when any of them exists.</summary>
    public static int Run(string directory)
    {
        var root = Path.GetFullPath(directory);
        var plan = EmbeddedFiles.InitFiles.Names.Select(n => (Files: EmbeddedFiles.InitFiles, Name: n, Target: n))
            .Concat(EmbeddedFiles.NewsletterTemplates.Names.Select(n => (Files: EmbeddedFiles.NewsletterTemplates, Name: n, Target: NewsletterTemplateFolder.DefaultRelativePath + "/" + n)))
            .Select(p => (p.Files, p.Name, Path: Path.Combine(root, p.Target.Replace('/', Path.DirectorySeparatorChar))))
            .ToList();
        // All or nothing: a half-initialised folder would be harder to reason about than a refusal.
        var existing = plan.Where(p => File.Exists(p.Path) || Directory.Exists(p.Path)).Select(p => Path.GetRelativePath(Directory.GetCurrentDirectory(), p.Path)).ToList();
        if (existing.Count > 0)
        {
            ConsoleReporter.Error($"init refuses to overwrite {existing.Count} existing file(s): {string.Join(", ", existing)}; move them away or choose another folder");
            return ExitCodes.Usage;
        }
        try
        {
            foreach (var (files, name, path) in plan)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var source = files.Open(name);
                Publisher.Model.IO.AtomicFile.Write(path, target => source.CopyTo(target));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ConsoleReporter.Error($"init could not write into {root}: {e.Message}");
            return ExitCodes.Usage;
        }
        ConsoleReporter.Step("init", $"{plan.Count} files written into {root}: publisher.json, lists/, {NewsletterTemplateFolder.DefaultRelativePath}/");
        ConsoleReporter.Step("next", root == Directory.GetCurrentDirectory() ? "publisher build" : $"cd {directory} && publisher build");
        return ExitCodes.Success;
    }
}
