FROM eclipse-temurin:21-jdk AS build
WORKDIR /home/app
COPY build.gradle.kts settings.gradle.kts gradle.properties gradlew ./
COPY gradle/ ./gradle/
COPY app/build.gradle.kts ./app/
COPY libs/core/build.gradle.kts ./libs/core/
COPY testing/build.gradle.kts ./testing/
RUN ./gradlew dependencies --no-daemon
COPY . .
RUN ./gradlew :app:installDist --no-daemon
