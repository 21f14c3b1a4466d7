# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
   RUN   powershell -Command `
  $ErrorActionPreference = 'Stop'; `
        Write-Host hi
COPY   a.txt   C:\\app\\
WORKDIR   C:\\app
