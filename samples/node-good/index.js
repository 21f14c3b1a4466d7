console.log("hello from the node sample");
