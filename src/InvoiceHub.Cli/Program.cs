using InvoiceHub.Cli;

// The `invoicehub` command line: parse, convert (validate and migrate come later as further commands).
return CliApplication.Run(args, Console.Out, Console.Error);
