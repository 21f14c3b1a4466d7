plugins {
    application
}

dependencies {
    implementation(project(":libs:core"))
    implementation(libs.guava)
}
