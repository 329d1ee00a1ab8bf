using System.Diagnostics;
using System.Globalization;

namespace InvoiceHub.LoadTest;

/// <summary>
/// CPU time used so far by the app, by all PostgreSQL processes and by this generator (Linux /proc). Divided by the
/// invoices pushed it gives a cost per invoice that, unlike throughput, does not depend on what else the machine runs.
/// </summary>
internal readonly record struct CpuUsage(TimeSpan App, TimeSpan Postgres, TimeSpan Generator)
{
    private const double TicksPerSecond = 100; // USER_HZ on Linux

    public static CpuUsage Snapshot(int? appPid)
    {
        var app = appPid is { } pid ? CpuOf(pid) : TimeSpan.Zero;
        var postgres = TimeSpan.Zero;
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), out var candidate) && Command(candidate) == "postgres")
            {
                postgres += CpuOf(candidate);
            }
        }

        return new CpuUsage(app, postgres, Process.GetCurrentProcess().TotalProcessorTime);
    }

    private static string? Command(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return null;
        }
    }

    // Fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks; the name (field 2) may hold spaces.
    private static TimeSpan CpuOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }
}
