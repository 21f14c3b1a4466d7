FROM gradle:8.10-jdk21
WORKDIR /home/gradle/src
COPY . .
RUN gradle dependencies
