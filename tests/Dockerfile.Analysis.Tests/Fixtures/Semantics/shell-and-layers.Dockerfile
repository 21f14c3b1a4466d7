FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base
SHELL ["powershell", "-Command"]
RUN Write-Host hi
ENV X=1
COPY a.txt /a.txt
LABEL x=y
ADD https://example.com/file.tgz /tmp/
RUN echo done

FROM base AS child
RUN Write-Host child
SHELL ["cmd", "/S", "/C"]
CMD echo bye
