FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace
COPY --chown=1000:1000 . .
# resolve the dependencies once, cached until the build files change
RUN ./gradlew dependencies --no-daemon
RUN ./gradlew bootJar --no-daemon

FROM eclipse-temurin:21-jre
COPY --from=build /workspace/build/libs/app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
