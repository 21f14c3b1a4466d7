plugins {
    `java-library`
}
apply(from = "../../gradle/publishing.gradle.kts")
