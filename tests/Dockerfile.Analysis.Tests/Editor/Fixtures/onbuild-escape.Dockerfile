# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win
ARG DIR=C:\app
ONBUILD RUN echo $$hi
ONBUILD COPY --from=w$$in a b
RUN powershell -Command `
    Write-Host $$$env:DIR
WORKDIR $D$$IR
