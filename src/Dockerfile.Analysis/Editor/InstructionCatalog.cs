using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Dockerfile.Syntax;

namespace Dockerfile.Analysis.Editor;

/// <summary>
/// The documentation the editor services show: every instruction with its flags (BuildKit's current Dockerfile
/// syntax), the <c>RUN --mount</c> types and their keys, and the parser directives. The texts are our own summaries.
/// </summary>
public static class InstructionCatalog
{
    private static readonly EditorFlagInfo s_chown = new("chown", "--chown=<user>[:<group>]", "Sets the owner (user and optional group, by name or id) of the copied files; without it they belong to root.");
    private static readonly EditorFlagInfo s_chmod = new("chmod", "--chmod=<perms>", "Sets the permissions of the copied files, in octal (`0755`) or symbolic (`u=rwx,go=rx`) form.");
    private static readonly EditorFlagInfo s_link = new("link", "--link[=true|false]", "Copies into a separate layer that does not depend on the layers below it, so the layer is reused even when earlier instructions change.", "true", "false");
    private static readonly EditorFlagInfo s_exclude = new("exclude", "--exclude=<pattern>", "Leaves out the source paths that match the pattern (`.dockerignore` syntax); the flag can be repeated.");

    /// <summary>Gets the values BuildKit accepts for <c>--platform</c> that completion offers, variables first.</summary>
    public static ImmutableArray<string> PlatformValues { get; } = ImmutableArray.Create(
        "$BUILDPLATFORM", "$TARGETPLATFORM", "linux/amd64", "linux/arm64", "linux/arm/v7", "linux/arm/v6", "linux/386", "linux/ppc64le", "linux/s390x", "linux/riscv64", "windows/amd64");

    /// <summary>Gets every instruction, in alphabetical order.</summary>
    public static ImmutableArray<EditorInstructionInfo> Instructions { get; } = ImmutableArray.Create(
        new EditorInstructionInfo(SyntaxKind.AddInstruction, "ADD", "ADD [--flags] <src>... <dest>",
            "Adds files to the image: from the build context, from a URL, or from a Git repository. A local tar archive is unpacked into the destination. Prefer COPY for plain context files.",
            "ADD ${1:source} ${2:destination}", ImmutableArray.Create("<src>...", "<dest>"),
            s_chown, s_chmod, s_link, s_exclude,
            new EditorFlagInfo("checksum", "--checksum=<digest>", "Verifies a downloaded source (HTTP, or a Git commit) against this digest, such as `sha256:...`; the build fails on a mismatch."),
            new EditorFlagInfo("keep-git-dir", "--keep-git-dir[=true|false]", "For a Git source, keeps the `.git` directory in the copied tree.", "true", "false"),
            new EditorFlagInfo("unpack", "--unpack[=true|false]", "Says whether an archive source is unpacked (the default for local archives) or copied as a file.", "true", "false")),
        new EditorInstructionInfo(SyntaxKind.ArgInstruction, "ARG", "ARG <name>[=<default>] ...",
            "Declares a build argument that `--build-arg` can set. Before the first FROM it is global and only FROM lines see it; inside a stage it is visible to the instructions after it (re-declare a global ARG to use it in a stage). Not kept in the image.",
            "ARG ${1:name}=${2:value}", ImmutableArray.Create("<name>[=<default>]")),
        new EditorInstructionInfo(SyntaxKind.CmdInstruction, "CMD", "CMD [\"executable\", \"param\"...] | CMD command",
            "Sets the default command (or the default arguments of ENTRYPOINT) that a container runs. Only the last CMD of a stage counts.",
            "CMD [\"${1:executable}\"]", ImmutableArray.Create("<command>")),
        new EditorInstructionInfo(SyntaxKind.CopyInstruction, "COPY", "COPY [--flags] <src>... <dest>",
            "Copies files from the build context (or, with `--from`, from a stage or an image) into the image.",
            "COPY ${1:source} ${2:destination}", ImmutableArray.Create("<src>...", "<dest>"),
            new EditorFlagInfo("from", "--from=<stage|image|context>", "Copies from an earlier build stage (by name or index), an image or a named build context instead of the build context."),
            s_chown, s_chmod, s_link,
            new EditorFlagInfo("parents", "--parents[=true|false]", "Keeps the sources' parent directories below the destination instead of copying only their last component.", "true", "false"),
            s_exclude),
        new EditorInstructionInfo(SyntaxKind.EntrypointInstruction, "ENTRYPOINT", "ENTRYPOINT [\"executable\", \"param\"...] | ENTRYPOINT command",
            "Sets the executable a container runs; CMD and `docker run` arguments are appended to the exec form.",
            "ENTRYPOINT [\"${1:executable}\"]", ImmutableArray.Create("<command>")),
        new EditorInstructionInfo(SyntaxKind.EnvInstruction, "ENV", "ENV <key>=<value> ...",
            "Sets environment variables for the rest of the stage, for stages built from it and for containers run from the image.",
            "ENV ${1:key}=${2:value}", ImmutableArray.Create("<key>=<value>")),
        new EditorInstructionInfo(SyntaxKind.ExposeInstruction, "EXPOSE", "EXPOSE <port>[/<protocol>] ...",
            "Documents the ports the container listens on (`tcp` by default, or `udp`); it does not publish them.",
            "EXPOSE ${1:port}", ImmutableArray.Create("<port>[/<protocol>]")),
        new EditorInstructionInfo(SyntaxKind.FromInstruction, "FROM", "FROM [--platform=<platform>] <image> [AS <name>]",
            "Starts a build stage on a base image (or on an earlier stage). `AS name` names the stage for `COPY --from`, `RUN --mount=from=` and `--target`.",
            "FROM ${1:image}", ImmutableArray.Create("<image>", "AS <name>"),
            new EditorFlagInfo("platform", "--platform=<os>/<arch>[/<variant>]", "Pulls the base image for this platform instead of the target platform; `$BUILDPLATFORM` runs the stage natively for cross-compilation.")),
        new EditorInstructionInfo(SyntaxKind.HealthcheckInstruction, "HEALTHCHECK", "HEALTHCHECK [--flags] CMD <command> | HEALTHCHECK NONE",
            "Tells the container runtime how to test that the container still works; `NONE` turns off a check inherited from the base image.",
            "HEALTHCHECK --interval=${1:30s} --timeout=${2:3s} CMD ${3:command}", ImmutableArray.Create("CMD <command>"),
            new EditorFlagInfo("interval", "--interval=<duration>", "Time between two checks (default `30s`)."),
            new EditorFlagInfo("timeout", "--timeout=<duration>", "Time after which one check counts as failed (default `30s`)."),
            new EditorFlagInfo("start-period", "--start-period=<duration>", "Start-up time during which failures do not count (default `0s`)."),
            new EditorFlagInfo("start-interval", "--start-interval=<duration>", "Time between checks during the start period (default `5s`)."),
            new EditorFlagInfo("retries", "--retries=<n>", "Consecutive failures that make the container unhealthy (default 3).")),
        new EditorInstructionInfo(SyntaxKind.LabelInstruction, "LABEL", "LABEL <key>=<value> ...",
            "Adds metadata to the image, such as `org.opencontainers.image.source`.",
            "LABEL ${1:key}=\"${2:value}\"", ImmutableArray.Create("<key>=<value>")),
        new EditorInstructionInfo(SyntaxKind.MaintainerInstruction, "MAINTAINER", "MAINTAINER <name>",
            "Deprecated: sets the image's author. Use `LABEL org.opencontainers.image.authors=...` instead.",
            "MAINTAINER ${1:name}", ImmutableArray.Create("<name>")),
        new EditorInstructionInfo(SyntaxKind.OnbuildInstruction, "ONBUILD", "ONBUILD <instruction>",
            "Stores an instruction that runs later, when another build uses this image as its base.",
            "ONBUILD ${1:instruction}", ImmutableArray.Create("<instruction>")),
        new EditorInstructionInfo(SyntaxKind.RunInstruction, "RUN", "RUN [--flags] <command> | RUN [\"executable\", \"param\"...]",
            "Runs a command in a new layer on top of the current image; shell form runs through the SHELL (`/bin/sh -c` by default).",
            "RUN ${1:command}", ImmutableArray.Create("<command>"),
            new EditorFlagInfo("mount", "--mount=type=<bind|cache|tmpfs|secret|ssh>[,<key>=<value>...]", "Mounts a directory, a cache, a tmpfs, a secret or an SSH agent socket for this command only; nothing mounted ends up in the layer."),
            new EditorFlagInfo("network", "--network=default|none|host", "Chooses the network the command runs in: the default one, none at all, or the host's (needs the `network.host` entitlement).", "default", "none", "host"),
            new EditorFlagInfo("security", "--security=insecure|sandbox", "`insecure` runs the command with elevated privileges (needs the `security.insecure` entitlement); `sandbox` is the default.", "insecure", "sandbox")),
        new EditorInstructionInfo(SyntaxKind.ShellInstruction, "SHELL", "SHELL [\"executable\", \"param\"...]",
            "Changes the shell that shell-form RUN, CMD and ENTRYPOINT use for the rest of the stage (exec form only).",
            "SHELL [\"${1:/bin/bash}\", \"${2:-c}\"]", ImmutableArray.Create("[\"executable\", \"param\"...]")),
        new EditorInstructionInfo(SyntaxKind.StopsignalInstruction, "STOPSIGNAL", "STOPSIGNAL <signal>",
            "Sets the signal that stops the container, by name (`SIGTERM`) or number.",
            "STOPSIGNAL ${1:SIGTERM}", ImmutableArray.Create("<signal>")),
        new EditorInstructionInfo(SyntaxKind.UserInstruction, "USER", "USER <user>[:<group>]",
            "Sets the user (and group) that later RUN, CMD and ENTRYPOINT run as.",
            "USER ${1:user}", ImmutableArray.Create("<user>[:<group>]")),
        new EditorInstructionInfo(SyntaxKind.VolumeInstruction, "VOLUME", "VOLUME <path> ... | VOLUME [\"<path>\"...]",
            "Marks paths as mount points for external volumes; changes a later RUN makes below them are discarded.",
            "VOLUME ${1:/data}", ImmutableArray.Create("<path>...")),
        new EditorInstructionInfo(SyntaxKind.WorkdirInstruction, "WORKDIR", "WORKDIR <path>",
            "Sets the working directory of later instructions and of the container, creating it when missing; a relative path is joined to the previous WORKDIR.",
            "WORKDIR ${1:/app}", ImmutableArray.Create("<path>")));

    /// <summary>Gets the <c>RUN --mount</c> types with the keys each accepts (besides <c>type</c>).</summary>
    public static ImmutableDictionary<string, ImmutableArray<EditorFlagInfo>> MountTypes { get; } = BuildMountTypes();

    /// <summary>Gets a description of each <c>RUN --mount</c> type.</summary>
    public static ImmutableDictionary<string, string> MountTypeDocumentation { get; } = new Dictionary<string, string>
    {
        ["bind"] = "Bind-mounts a directory of the build context, a stage or an image (read-only unless `rw`). The default type.",
        ["cache"] = "Mounts a persistent cache directory that survives between builds, for package manager and compiler caches.",
        ["tmpfs"] = "Mounts an empty in-memory file system.",
        ["secret"] = "Mounts a secret given with `--secret` as a file (or an environment variable) without storing it in the image.",
        ["ssh"] = "Forwards the SSH agent socket given with `--ssh`, for cloning private repositories.",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Gets the parser directives: name, syntax and description.</summary>
    public static ImmutableArray<EditorFlagInfo> Directives { get; } = ImmutableArray.Create(
        new EditorFlagInfo("syntax", "# syntax=<frontend image>", "Chooses the Dockerfile frontend (for example `docker/dockerfile:1`) that BuildKit uses to build this file.", "docker/dockerfile:1", "docker/dockerfile:1-labs"),
        new EditorFlagInfo("escape", "# escape=\\|`", "Sets the escape and line continuation character: `\\` (the default) or `` ` `` (handy with Windows paths).", "\\", "`"),
        new EditorFlagInfo("check", "# check=skip=<checks>|all[;error=true]", "Configures BuildKit's build checks: `skip=` lists checks to turn off (or `all`), `error=true` fails the build on a check warning.", "skip=", "error=true", "skip=all"));

    /// <summary>Finds an instruction by node kind.</summary>
    /// <param name="kind">An instruction kind.</param>
    /// <returns>The instruction, or <see langword="null"/> (unknown instructions).</returns>
    public static EditorInstructionInfo? Find(SyntaxKind kind) => Instructions.FirstOrDefault(i => i.Kind == kind);

    /// <summary>Finds an instruction by keyword, ignoring case.</summary>
    /// <param name="keyword">The keyword.</param>
    /// <returns>The instruction, or <see langword="null"/>.</returns>
    public static EditorInstructionInfo? Find(string keyword) =>
        Instructions.FirstOrDefault(i => string.Equals(i.Name, keyword, StringComparison.OrdinalIgnoreCase));

    private static ImmutableDictionary<string, ImmutableArray<EditorFlagInfo>> BuildMountTypes()
    {
        var target = new EditorFlagInfo("target", "target=<path>", "Where the mount appears in the build container (aliases `dst`, `destination`).");
        var source = new EditorFlagInfo("source", "source=<path>", "The path inside `from` to mount (alias `src`); the root by default.");
        var from = new EditorFlagInfo("from", "from=<stage|image>", "The stage or image the mount's source comes from (the build context by default).");
        var id = new EditorFlagInfo("id", "id=<id>", "The identifier of the cache, secret or SSH socket.");
        var mode = new EditorFlagInfo("mode", "mode=<octal>", "The permissions of the mounted file or directory.");
        var uid = new EditorFlagInfo("uid", "uid=<id>", "The user id that owns the mount.");
        var gid = new EditorFlagInfo("gid", "gid=<id>", "The group id that owns the mount.");
        var required = new EditorFlagInfo("required", "required[=true|false]", "Fails the build when the secret or SSH socket is not given.", "true", "false");
        return new Dictionary<string, ImmutableArray<EditorFlagInfo>>
        {
            ["bind"] = ImmutableArray.Create(target, source, from, new EditorFlagInfo("rw", "rw[=true|false]", "Makes the mount writable; the writes are thrown away after the command (alias `readwrite`).", "true", "false")),
            ["cache"] = ImmutableArray.Create(id, target, new EditorFlagInfo("ro", "ro[=true|false]", "Makes the cache read-only (alias `readonly`).", "true", "false"),
                new EditorFlagInfo("sharing", "sharing=shared|private|locked", "How concurrent builds share the cache: all at once, each its own copy, or one at a time.", "shared", "private", "locked"),
                from, source, mode, uid, gid),
            ["tmpfs"] = ImmutableArray.Create(target, new EditorFlagInfo("size", "size=<bytes>", "The largest size the tmpfs may grow to.")),
            ["secret"] = ImmutableArray.Create(id, target, new EditorFlagInfo("env", "env=<name>", "Exposes the secret as this environment variable instead of (or besides) a file."), required, mode, uid, gid),
            ["ssh"] = ImmutableArray.Create(id, target, required, mode, uid, gid),
        }.ToImmutableDictionary(StringComparer.Ordinal);
    }
}
