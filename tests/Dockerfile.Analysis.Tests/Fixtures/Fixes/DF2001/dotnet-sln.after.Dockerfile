FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /source
COPY Shop.sln Directory.Build.props Directory.Packages.props NuGet.config global.json ./
COPY build/Versions.props ./build/
COPY src/Directory.Build.props ./src/
COPY src/Shop.Api/Shop.Api.csproj src/Shop.Api/packages.lock.json ./src/Shop.Api/
COPY src/Shop.Domain/Shop.Domain.fsproj ./src/Shop.Domain/
COPY tests/Shop.Tests/Shop.Tests.csproj ./tests/Shop.Tests/
RUN dotnet restore Shop.sln
COPY . .
RUN dotnet publish src/Shop.Api -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:8.0
COPY --from=build /app /app
ENTRYPOINT ["dotnet", "/app/Shop.Api.dll"]
