FROM eclipse-temurin:21-jdk AS build
WORKDIR /build
COPY . .
RUN ./mvnw dependency:go-offline
RUN ./mvnw -o package -DskipTests

FROM eclipse-temurin:21-jre
COPY --from=build /build/services/api/target/api-1.0.0.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
