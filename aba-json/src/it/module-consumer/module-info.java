// A consumer as a council system on the module path would be: one line, no --add-modules, no
// --add-opens. Compiled and run by ModulePathConsumerIT.
module consumer {
  requires org.assetbasedarea.aba.json;
}
