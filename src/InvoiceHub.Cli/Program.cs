// The `invoicehub` command line: parse, validate, convert and migrate.
Console.Error.WriteLine("usage: invoicehub <parse|validate|convert|migrate> ...");
return 2;
