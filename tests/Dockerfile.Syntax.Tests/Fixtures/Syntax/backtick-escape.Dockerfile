# escape=`
FROM mcr.microsoft.com/windows/servercore
RUN dir c:\ `
    && echo done
COPY C:\src\ C:\dst\
