FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY pom.xml mvnw ./
COPY .mvn/ ./.mvn/
COPY core/pom.xml ./core/
COPY services/api/pom.xml ./services/api/
COPY services/pom.xml ./services/
COPY tools/pom-cli.xml ./tools/
RUN ./mvnw dependency:go-offline
COPY . .
RUN ./mvnw -o package -DskipTests

FROM eclipse-temurin:21-jre
COPY --from=build /build/services/api/target/api-1.0.0.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
