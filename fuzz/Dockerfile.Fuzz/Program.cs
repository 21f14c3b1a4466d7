using System;
using System.Collections.Generic;
using System.IO;
using SharpFuzz;

namespace Dockerfile.Fuzz;

/// <summary>
/// The fuzz harness. <c>Dockerfile.Fuzz TARGET</c> runs a target under afl-fuzz (SharpFuzz's persistent loop);
/// <c>Dockerfile.Fuzz TARGET FILE...</c> runs it once on each file and prints what broke (to reproduce a finding);
/// <c>Dockerfile.Fuzz seed TARGET FOLDER [RULE-PAGES]</c> writes the seeds (see <see cref="Seeds"/>).
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length >= 3 && args[0] == "seed")
        {
            // seed TARGET OUTPUT [RULE-PAGES], the files to seed from on standard input (one path a line).
            var files = new List<string>();
            for (string? line = Console.In.ReadLine(); line != null; line = Console.In.ReadLine())
            {
                files.Add(line);
            }

            Console.WriteLine(Seeds.Write(args[1], args[2], args.Length > 3 ? args[3] : null, files) + " seeds");
            return 0;
        }

        if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
        {
            Console.Error.WriteLine("usage: Dockerfile.Fuzz TARGET [FILE...]   targets: " + string.Join(", ", FuzzTargets.Names));
            return 2;
        }

        string target = args[0];
        if (args.Length > 1)
        {
            int failed = 0;
            for (int i = 1; i < args.Length; i++)
            {
                try
                {
                    FuzzTargets.Run(target, File.ReadAllBytes(args[i]));
                    Console.WriteLine(args[i] + ": ok");
                }
                catch (Exception ex)
                {
                    failed++;
                    Console.WriteLine(args[i] + ": " + ex);
                }
            }

            return failed == 0 ? 0 : 1;
        }

        Fuzzer.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            FuzzTargets.Run(target, buffer.ToArray());
        });
        return 0;
    }
}
