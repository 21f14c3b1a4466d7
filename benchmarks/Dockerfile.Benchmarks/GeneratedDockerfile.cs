using System.Text;

namespace Dockerfile.Benchmarks;

/// <summary>A deterministic, realistic Dockerfile of a given number of instructions (about 100 bytes each).</summary>
public static class GeneratedDockerfile
{
    /// <summary>Builds the text.</summary>
    public static string Create(int instructions)
    {
        var builder = new StringBuilder("# syntax=docker/dockerfile:1\n");
        int stage = 0;
        for (int i = 0; i < instructions; i++)
        {
            switch (i % 10)
            {
                case 0:
                    builder.Append("FROM python:3.12-slim AS stage").Append(stage++).Append('\n');
                    break;
                case 1:
                    builder.Append("ARG VERSION=").Append(i).Append('\n');
                    break;
                case 2:
                    builder.Append("ENV APP_HOME=/srv/app").Append(i).Append(" PATH=\"/srv/bin:$PATH\"\n");
                    break;
                case 3:
                    builder.Append("# install the system packages for step ").Append(i).Append('\n');
                    builder.Append("RUN apt-get update \\\n    && apt-get install -y --no-install-recommends curl ca-certificates \\\n    && rm -rf /var/lib/apt/lists/*\n");
                    break;
                case 4:
                    builder.Append("WORKDIR ${APP_HOME}/src\n");
                    break;
                case 5:
                    builder.Append("COPY --chown=app:app requirements.txt ./requirements-").Append(i).Append(".txt\n");
                    break;
                case 6:
                    builder.Append("RUN pip install --no-cache-dir -r requirements-").Append(i - 1).Append(".txt && python -m compileall .\n");
                    break;
                case 7:
                    builder.Append("LABEL org.opencontainers.image.version=\"${VERSION}\" step=\"").Append(i).Append("\"\n");
                    break;
                case 8:
                    builder.Append("EXPOSE 80").Append(i % 100).Append("/tcp\n");
                    break;
                default:
                    builder.Append("CMD [\"python\", \"-m\", \"app\", \"--port\", \"80").Append(i % 100).Append("\"]\n\n");
                    break;
            }
        }

        return builder.ToString();
    }
}
