// The `invoicehub` command line: parse, validate, convert and migrate.
if (args is ["validate", ..]) return InvoiceHub.Cli.ValidateCommand.Run(args[1..]);
Console.Error.WriteLine("usage: invoicehub <parse|validate|convert|migrate> ...");
return 2;
