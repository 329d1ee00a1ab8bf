using InvoiceHub.Invoices.Storage;

namespace InvoiceHub.IntegrationTests.Storage;

/// <summary>The file-system document store on a real disk: write-once originals that survive their folders going away.</summary>
public sealed class DocumentStoreTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "invoicehub-store-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Put_AfterTheFoldersWereDeletedUnderTheRunningStore_CreatesThemAgain()
    {
        var store = new FileSystemDocumentStore(_root, TimeProvider.System);
        var first = "abcd" + new string('1', 60);
        var second = "abcd" + new string('2', 60);
        await store.PutAsync(first, "first"u8.ToArray(), CancellationToken.None);

        // Say the volume was restored empty: the store has seen abcd's folder before and must not trust that.
        Directory.Delete(_root, recursive: true);
        await store.PutAsync(second, "second"u8.ToArray(), CancellationToken.None);

        (await store.GetAsync(second, CancellationToken.None)).ShouldBe("second"u8.ToArray());
        (await store.GetAsync(first, CancellationToken.None)).ShouldBeNull();
        Directory.GetFiles(Path.Combine(_root, "ab")).ShouldHaveSingleItem().ShouldEndWith(second);
    }

    [Fact]
    public async Task Get_FindsOriginalsInTheEarlierTwoLevelLayout()
    {
        var store = new FileSystemDocumentStore(_root, TimeProvider.System);
        var hash = "0123" + new string('4', 60);
        Directory.CreateDirectory(Path.Combine(_root, "01", "23"));
        await File.WriteAllBytesAsync(Path.Combine(_root, "01", "23", hash), "earlier"u8.ToArray());

        (await store.GetAsync(hash, CancellationToken.None)).ShouldBe("earlier"u8.ToArray());
    }

    [Fact]
    public async Task Put_SameHashTwice_KeepsOneFileAndNoTemporaries()
    {
        var store = new FileSystemDocumentStore(_root, TimeProvider.System);
        var hash = new string('e', 64);

        await store.PutAsync(hash, "content"u8.ToArray(), CancellationToken.None);
        await store.PutAsync(hash, "content"u8.ToArray(), CancellationToken.None);

        Directory.GetFiles(_root, "*", SearchOption.AllDirectories).ShouldHaveSingleItem().ShouldEndWith(hash);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
