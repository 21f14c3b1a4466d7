FROM eclipse-temurin:21-jdk AS build
WORKDIR /home/app
COPY . .
RUN ./gradlew dependencies --no-daemon
RUN ./gradlew :app:installDist --no-daemon
