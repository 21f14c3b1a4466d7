module Cart
