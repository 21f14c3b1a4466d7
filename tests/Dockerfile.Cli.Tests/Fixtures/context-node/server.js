const app = require("express")();
app.use(require("./src/routes"));
app.listen(3000);
