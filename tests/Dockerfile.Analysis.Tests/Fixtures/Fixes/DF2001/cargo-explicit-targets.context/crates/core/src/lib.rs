pub struct Cart;
