FROM mcr.microsoft.com/windows/nanoserver
SHELL ["cmd", "/S", "/C"]
RUN echo one \
        two
