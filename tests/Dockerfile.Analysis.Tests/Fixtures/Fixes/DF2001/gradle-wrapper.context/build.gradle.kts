plugins {
    java
    id("org.springframework.boot") version "3.3.4"
}

repositories { mavenCentral() }

dependencies {
    implementation("org.springframework.boot:spring-boot-starter-web:3.3.4")
}
