FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace
COPY --chown=1000:1000 build.gradle.kts settings.gradle.kts gradlew ./
COPY --chown=1000:1000 gradle/ ./gradle/
# resolve the dependencies once, cached until the build files change
RUN ./gradlew dependencies --no-daemon
COPY --chown=1000:1000 . .
RUN ./gradlew bootJar --no-daemon

FROM eclipse-temurin:21-jre
COPY --from=build /workspace/build/libs/app.jar /app.jar
ENTRYPOINT ["java", "-jar", "/app.jar"]
