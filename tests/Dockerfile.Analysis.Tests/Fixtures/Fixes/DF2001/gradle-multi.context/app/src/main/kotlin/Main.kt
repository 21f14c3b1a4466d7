fun main() = println("shop")
