using System.Globalization;
using System.Text;

namespace Dockerfile.Benchmarks;

/// <summary>
/// A deterministic Dockerfile of about a given size, made of many realistic stages (FROM, ARG, ENV, LABEL, WORKDIR,
/// RUNs with apt-get and pip, COPY from earlier stages, EXPOSE, USER, CMD), some of them with the everyday mistakes
/// the rules report and fix (apt-get without <c>-y</c>, consecutive RUNs, odd casing, legacy <c>ENV a b</c>): the
/// input of the scaling benchmark and of the whole-process <c>dfa lint</c> timings.
/// </summary>
public static class ScalingDockerfile
{
    /// <summary>Builds a file of at least <paramref name="bytes"/> bytes (it ends after the stage that reaches the size).</summary>
    public static string Create(int bytes)
    {
        var builder = new StringBuilder(bytes + 4096);
        builder.Append("# syntax=docker/dockerfile:1\nARG BASE=debian:12\nARG REGISTRY=docker.io\n\n");
        for (int stage = 0; builder.Length < bytes; stage++)
        {
            AppendStage(builder, stage);
        }

        return builder.ToString();
    }

    private static void AppendStage(StringBuilder b, int i)
    {
        string n = i.ToString(CultureInfo.InvariantCulture);
        b.Append("# stage ").Append(n).Append(": build step ").Append(n).Append('\n');
        b.Append(i % 3 == 0 ? "FROM ${BASE} AS build" : "FROM debian:12-slim AS build").Append(n).Append('\n');
        b.Append("ARG VERSION=1.").Append(n).Append(".0\nARG TARGETARCH\n");
        b.Append("ENV APP_HOME=/srv/app").Append(n).Append(" PATH=\"/srv/app").Append(n).Append("/bin:$PATH\" LANG=C.UTF-8\n");
        b.Append("LABEL org.opencontainers.image.version=\"${VERSION}\" org.opencontainers.image.title=\"step ").Append(n).Append("\"\n");
        b.Append("WORKDIR ${APP_HOME}\n");
        b.Append("RUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl=7.88.1-10 ca-certificates=20230311 \\\n    && rm -rf /var/lib/apt/lists/*\n");
        b.Append("COPY requirements.txt ./requirements-").Append(n).Append(".txt\n");
        b.Append("RUN pip install --no-cache-dir -r requirements-").Append(n).Append(".txt && python -m compileall -q .\n");
        switch (i % 4)
        {
            case 0:
                // Consecutive RUNs, an apt-get install without -y, a lowercase instruction: overlapping fixes.
                b.Append("RUN apt-get update && apt-get install make\nrun make -C src all\nRUN echo \"built ").Append(n).Append("\" > /tmp/built\n");
                break;
            case 1:
                b.Append("ENV MODE production\nRUN pip install wheel==0.43.0\n");
                break;
            case 2:
                b.Append("RUN set -eux; \\\n    for f in a b c; do \\\n        echo \"$f-${VERSION}\" >> /tmp/list; \\\n    done; \\\n    test -s /tmp/list\n");
                break;
            default:
                b.Append("EXPOSE 80").Append((i % 100).ToString("00", CultureInfo.InvariantCulture)).Append("/TCP\n");
                break;
        }

        if (i > 0)
        {
            string previous = (i - 1).ToString(CultureInfo.InvariantCulture);
            b.Append("COPY --from=build").Append(previous).Append(" /srv/app").Append(previous).Append("/out /srv/app").Append(n).Append("/in\n");
        }

        b.Append("COPY --chown=app:app src/ ./src/\n");
        b.Append("EXPOSE 8080/tcp\nUSER app\n");
        b.Append("HEALTHCHECK --interval=30s CMD [\"curl\", \"-f\", \"http://localhost:8080/health\"]\n");
        b.Append("CMD [\"python\", \"-m\", \"app\", \"--stage\", \"").Append(n).Append("\"]\n\n");
    }
}
