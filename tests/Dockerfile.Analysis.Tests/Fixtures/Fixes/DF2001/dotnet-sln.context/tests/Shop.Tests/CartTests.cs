public class CartTests {}
