using System.Text.Json;
using InvoiceHub.Accounts.Users;
using InvoiceHub.IntegrationTests.Support;
using Microsoft.Playwright;

namespace InvoiceHub.BrowserTests;

/// <summary>The bookkeeper's daily workflow in a real browser: queue, invoice form, archive, detail view.</summary>
public sealed class WorkspaceTests(WorkspaceFixture fixture) : BrowserTest(fixture), IClassFixture<WorkspaceFixture>
{
    [Fact]
    public async Task QueuedInvoice_IsCompletedWithTwoLineAssignment_Archived_AndItsViewsAreInTheAccessHistory()
    {
        var invoice = new InvoiceXml { DueDate = null, Net = 100m };
        var (id, status) = await fixture.PushAsync(invoice);
        status.ShouldBe("in_progress");

        var page = await SignedInPageAsync();
        await page.GotoAsync("/queue/purchase");
        var row = page.Locator("#queue tbody tr", new PageLocatorOptions { HasText = invoice.Number });
        (await row.TextContentAsync()).ShouldNotBeNull().ShouldContain("missing-due-date");
        await ScreenshotAsync(page, "queue-purchase");

        await row.Locator($"a[href='/documents/{id}']").ClickAsync();
        await page.WaitForURLAsync($"**/documents/{id}");
        (await page.TextContentAsync("#reasons")).ShouldNotBeNull().ShouldContain("missing-due-date");
        await ScreenshotAsync(page, "document-form");

        await page.FillAsync("#Input_DueDate", "2026-10-31");
        await page.FillAsync("#Input_Lines_0__GlAccount", "3400");
        await page.FillAsync("#Input_Lines_0__NetAmount", "60.00");
        await page.FillAsync("#Input_Lines_0__BookingText", "Fish");
        await Expect(page.Locator("#balance")).ToHaveAttributeAsync("data-remainder", "40.00");
        await page.FillAsync("#Input_Lines_1__GlAccount", "4980");
        await page.FillAsync("#Input_Lines_1__NetAmount", "40.00");
        await Expect(page.Locator("#balance")).ToHaveAttributeAsync("data-remainder", "0.00");
        await ScreenshotAsync(page, "document-form-balanced");

        await page.ClickAsync("#archive");
        await Expect(page.Locator("#document-status")).ToHaveTextAsync("archived");
        (await page.TextContentAsync("#internal-number")).ShouldNotBeNull().ShouldStartWith("ER-");
        (await page.Locator("#invoice-form input[name='Input.Lines[1].GlAccount']").InputValueAsync()).ShouldBe("4980");
        (await page.Locator("#archive").CountAsync()).ShouldBe(0);
        await ScreenshotAsync(page, "document-archived");

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-original"));
        var path = await download.PathAsync();
        (await File.ReadAllBytesAsync(path!)).ShouldBe(invoice.ToBytes());

        await page.ReloadAsync();
        var history = await page.TextContentAsync("#history") ?? "";
        history.ShouldContain("viewed");
        history.ShouldContain("read-original");
        history.ShouldContain("archived");
        history.ShouldContain(InvoiceHubApp.AdminEmail);
        await ScreenshotAsync(page, "document-detail-history");

        await page.GotoAsync("/");
        await ScreenshotAsync(page, "dashboard");
        (await page.TextContentAsync("#archived-today")).ShouldNotBe("0");
    }

    [Fact]
    public async Task BookkeeperWithoutArchivePermission_SeesNoArchiveButton_AndGets403FromPageAndApi()
    {
        var email = $"noperm-{Guid.NewGuid():N}@test.invoicehub.local";
        await UsersForTests.CreateAsync(App.Services, email, Roles.Bookkeeper);
        var (id, _) = await fixture.PushAsync(new InvoiceXml { DueDate = null });

        var page = await SignedInPageAsync(email, UsersForTests.Password);
        var answer = await page.GotoAsync($"/documents/{id}");
        answer!.Status.ShouldBe(200);
        (await page.Locator("#save").CountAsync()).ShouldBe(1);
        (await page.Locator("#archive").CountAsync()).ShouldBe(0);
        await ScreenshotAsync(page, "document-form-no-archive-permission");

        var token = await page.GetAttributeAsync("#invoice-form input[name='__RequestVerificationToken']", "value");
        var posted = await page.APIRequest.PostAsync($"/documents/{id}?handler=Archive", new APIRequestContextOptions
        {
            Form = page.APIRequest.CreateFormData().Set("__RequestVerificationToken", token!).Set("Input.DueDate", "2026-10-31"),
            MaxRedirects = 0,
        });
        posted.Status.ShouldBe(403);

        var api = await page.APIRequest.PostAsync($"/api/v1/documents/{id}/archive", new APIRequestContextOptions { MaxRedirects = 0 });
        api.Status.ShouldBe(403);
        (await api.TextAsync()).ShouldContain("invoices.import-purchase-into-archive");
    }

    [Fact]
    public async Task DocumentOfAnotherTenant_IsNotFound_OnPageAndApi()
    {
        var other = await CreateTenantAsync();
        await fixture.ChangeSettingsAsync(other, s => s.OwnIdentifiers = [ConnectorFixture.OwnVatId]);
        var (id, _) = await fixture.PushAsync(new InvoiceXml(), await fixture.IssueKeyAsync(other));

        var page = await SignedInPageAsync();
        (await page.GotoAsync($"/documents/{id}"))!.Status.ShouldBe(404);
        (await page.GotoAsync($"/documents/{id}?handler=Original"))!.Status.ShouldBe(404);
        var api = await page.APIRequest.PostAsync($"/api/v1/documents/{id}/archive", new APIRequestContextOptions { MaxRedirects = 0 });
        api.Status.ShouldBe(404);
        var put = await page.APIRequest.PutAsync($"/api/v1/documents/{id}", new APIRequestContextOptions { DataObject = new { invoiceNumber = "X" }, MaxRedirects = 0 });
        put.Status.ShouldBe(404);
    }

    [Fact]
    public async Task PartyNameWithScript_IsShownAsText()
    {
        const string hostile = "<script>alert(1)</script>";
        var (id, _) = await fixture.PushAsync(new InvoiceXml { DueDate = null, SellerName = hostile });

        var page = await SignedInPageAsync();
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };
        await page.GotoAsync($"/documents/{id}");
        (await page.TextContentAsync("#seller-name")).ShouldBe(hostile);
        (await page.InputValueAsync("#Input_CounterpartyName")).ShouldBe(hostile);
        await page.GotoAsync("/queue/purchase");
        (await page.TextContentAsync("#queue")).ShouldNotBeNull().ShouldContain(hostile);
        dialogs.ShouldBe(0);
        await ScreenshotAsync(page, "queue-hostile-party-name");
    }

    [Fact]
    public async Task MalformedForm_IsRefusedWithMessagesBesideTheFields_AndKeepsTheInput()
    {
        var (id, _) = await fixture.PushAsync(new InvoiceXml { DueDate = null });
        var page = await SignedInPageAsync();
        await page.GotoAsync($"/documents/{id}");

        await page.FillAsync("#Input_NetAmount", "abc");
        await page.FillAsync("#Input_TaxAmount", "-5");
        await page.FillAsync("#Input_TotalAmount", "99999999999999");
        await page.FillAsync("#Input_InvoiceNumber", new string('9', 100));
        await page.EvaluateAsync("() => { const n = document.getElementById('Input_InvoiceNumber'); n.removeAttribute('maxlength'); n.value = '9'.repeat(5000); }");
        await page.FillAsync("#Input_Currency", "E1");
        await page.FillAsync("#Input_BookingPeriod", "2026-13");
        await page.FillAsync("#Input_Lines_0__GlAccount", "3400");
        await page.FillAsync("#Input_Lines_0__NetAmount", "12x");
        await page.ClickAsync("#save");

        await page.WaitForSelectorAsync("#form-errors");
        (await page.InputValueAsync("#Input_NetAmount")).ShouldBe("abc");
        (await page.InputValueAsync("#Input_Lines_0__NetAmount")).ShouldBe("12x");
        (await page.InputValueAsync("#Input_BookingPeriod")).ShouldBe("2026-13");
        (await page.InputValueAsync("#Input_InvoiceNumber")).Length.ShouldBe(5000);
        foreach (var field in new[] { "NetAmount", "TaxAmount", "TotalAmount", "InvoiceNumber", "Currency", "BookingPeriod", "Lines[0].NetAmount" })
        {
            (await page.Locator($"span.field-validation-error[data-valmsg-for='Input.{field}']").CountAsync()).ShouldBe(1, field);
        }

        await ScreenshotAsync(page, "document-form-errors");

        // A date the calendar does not have, posted as a client without the date picker would.
        var token = await page.GetAttributeAsync("#invoice-form input[name='__RequestVerificationToken']", "value");
        var posted = await page.APIRequest.PostAsync($"/documents/{id}?handler=Save", new APIRequestContextOptions
        {
            Form = page.APIRequest.CreateFormData().Set("__RequestVerificationToken", token!).Set("Input.IssueDate", "2026-02-30")
                .Set("Input.NetAmount", "100").Set("Input.Lines[0].GlAccount", "3400").Set("Input.Lines[0].NetAmount", "150"),
            MaxRedirects = 0,
        });
        posted.Status.ShouldBe(422);
        var html = await posted.TextAsync();
        html.ShouldContain("value=\"2026-02-30\"");
        html.ShouldContain("The value &#x27;2026-02-30&#x27; is not valid");
        html.ShouldContain("add up to more than the net amount");
        html.ShouldNotContain("   at ");

        // No antiforgery token: refused before anything runs.
        var forged = await page.APIRequest.PostAsync($"/documents/{id}?handler=Save", new APIRequestContextOptions
        {
            Form = page.APIRequest.CreateFormData().Set("Input.InvoiceNumber", "forged"),
            MaxRedirects = 0,
        });
        forged.Status.ShouldBe(400);

        // An empty rejection reason is refused beside its field.
        await page.GotoAsync($"/documents/{id}");
        await page.ClickAsync("#reject");
        (await page.TextContentAsync("span[data-valmsg-for='Rejection.Reason']")).ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Archive_WithUnbalancedAssignment_IsRefusedBesideTheLines()
    {
        await fixture.ChangeSettingsAsync(fixture.TenantId, s => s.RequireAccountAssignment = true);
        try
        {
            var (id, status) = await fixture.PushAsync(new InvoiceXml { DueDate = null });
            var page = await SignedInPageAsync();
            await page.GotoAsync($"/documents/{id}");
            await page.FillAsync("#Input_DueDate", "2026-10-31");
            await page.FillAsync("#Input_Lines_0__GlAccount", "3400");
            await page.FillAsync("#Input_Lines_0__NetAmount", "30");
            await page.ClickAsync("#archive");
            await page.WaitForSelectorAsync("#form-errors");
            (await page.TextContentAsync("span[data-valmsg-for='Input.Lines']")).ShouldNotBeNull().ShouldContain("does not balance");
            (await page.TextContentAsync("#document-status")).ShouldBe("in progress");
            status.ShouldBe("in_progress");
        }
        finally
        {
            await fixture.ChangeSettingsAsync(fixture.TenantId, s => s.RequireAccountAssignment = false);
        }
    }

    [Fact]
    public async Task RejectedInvoice_LeavesTheQueue_ForTheRejectedList_AndIsKept()
    {
        var invoice = new InvoiceXml { DueDate = null };
        var (id, _) = await fixture.PushAsync(invoice);
        var page = await SignedInPageAsync();
        await page.GotoAsync($"/documents/{id}");
        await page.FillAsync("#Rejection_Reason", "Not our order");
        await page.ClickAsync("#reject");
        await page.WaitForURLAsync("**/queue/purchase?list=rejected");
        (await page.TextContentAsync("#queue")).ShouldNotBeNull().ShouldContain("Not our order");
        await ScreenshotAsync(page, "queue-rejected");

        await page.GotoAsync("/queue/purchase");
        (await page.TextContentAsync("#queue")).ShouldNotBeNull().ShouldNotContain(invoice.Number);
        await page.GotoAsync($"/documents/{id}");
        (await page.TextContentAsync("#rejection")).ShouldNotBeNull().ShouldContain("Not our order");
        (await page.TextContentAsync("#history")).ShouldNotBeNull().ShouldContain("rejected");
    }

    [Fact]
    public async Task Api_CompletesAndArchives_WithTheSameHandlers_AndAnswersProblemDetails()
    {
        var (id, _) = await fixture.PushAsync(new InvoiceXml { DueDate = null, Net = 100m });
        var page = await SignedInPageAsync();
        var api = page.APIRequest;

        var bad = await api.PutAsync($"/api/v1/documents/{id}", new APIRequestContextOptions { DataObject = new { netAmount = -5, currency = "euro", lines = new[] { new { glAccount = "", netAmount = 0 } } } });
        bad.Status.ShouldBe(400);
        bad.Headers["content-type"].ShouldStartWith("application/problem+json");
        using (var problem = JsonDocument.Parse(await bad.TextAsync()))
        {
            var errors = problem.RootElement.GetProperty("errors");
            errors.TryGetProperty("netAmount", out _).ShouldBeTrue();
            errors.TryGetProperty("currency", out _).ShouldBeTrue();
            errors.TryGetProperty("lines[0].glAccount", out _).ShouldBeTrue();
        }

        var wrongType = await api.PutAsync($"/api/v1/documents/{id}", new APIRequestContextOptions { Data = "{\"netAmount\":\"lots\"}", Headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" } });
        wrongType.Status.ShouldBe(400);
        (await wrongType.TextAsync()).ShouldNotContain("   at ");

        var incomplete = await api.PostAsync($"/api/v1/documents/{id}/archive");
        incomplete.Status.ShouldBe(422);
        (await incomplete.TextAsync()).ShouldContain("dueDate");

        // Words a person typed (party name, remarks, booking text) are found by the archive's free text afterwards.
        var typed = "Kaffeemaschine" + InvoiceXml.RandomDigits(6);
        var saved = await api.PutAsync($"/api/v1/documents/{id}", new APIRequestContextOptions
        {
            DataObject = new { invoiceNumber = "API-1", issueDate = "2026-10-01", dueDate = "2026-10-31", currency = "DKK", counterpartyName = $"Nordsee Fisk {typed}P ApS", remarks = $"Service {typed}R", netAmount = 100m, taxAmount = 25m, totalAmount = 125m, lines = new[] { new { glAccount = "3400", netAmount = 100m, bookingText = $"Wartung {typed}B" } } },
        });
        saved.Status.ShouldBe(200);
        foreach (var word in new[] { typed + "P", typed + "R", typed + "B" })
        {
            await page.GotoAsync($"/archive?status=in_progress&q={word}");
            (await page.ContentAsync()).ShouldContain($"/documents/{id}", customMessage: $"free text '{word}'");
        }

        var archived = await api.PostAsync($"/api/v1/documents/{id}/archive");
        archived.Status.ShouldBe(200);
        using var document = JsonDocument.Parse(await archived.TextAsync());
        document.RootElement.GetProperty("status").GetString().ShouldBe("archived");
        document.RootElement.GetProperty("internalNumber").GetString().ShouldNotBeNull().ShouldStartWith("ER-");

        (await api.PostAsync($"/api/v1/documents/{id}/archive")).Status.ShouldBe(409);
        var rejectArchived = await api.PostAsync($"/api/v1/documents/{id}/reject", new APIRequestContextOptions { DataObject = new { reason = "too late" } });
        rejectArchived.Status.ShouldBe(409);
    }

    [Fact]
    public async Task GermanUi_ShowsTheQueueAndFormInGerman()
    {
        var email = $"de-{Guid.NewGuid():N}@test.invoicehub.local";
        await UsersForTests.CreateAsync(App.Services, email, Roles.Bookkeeper);
        var (id, _) = await fixture.PushAsync(new InvoiceXml { DueDate = null, Net = 1000m });
        var page = await SignedInPageAsync(email, UsersForTests.Password);
        await page.ClickAsync("#language-switcher button[value='de-DE']");
        await page.WaitForSelectorAsync("html[lang='de']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        await page.GotoAsync("/queue/purchase");
        (await page.TextContentAsync("h1")).ShouldBe("Eingang in Bearbeitung");
        (await page.TextContentAsync("#queue")).ShouldNotBeNull().ShouldContain("1.250,00 DKK");
        await ScreenshotAsync(page, "queue-purchase-german");

        await page.GotoAsync($"/documents/{id}");
        (await page.TextContentAsync("#invoice-form")).ShouldNotBeNull().ShouldContain("Kontierung");
        (await page.InputValueAsync("#Input_NetAmount")).ShouldBe("1000,00");
        await ScreenshotAsync(page, "document-form-german");
    }

    [Fact]
    public async Task InvalidDocument_WhenTheTenantQueuesThem_WaitsWithItsFindings_AndArchivingIsAnAuditedDecision()
    {
        await fixture.ChangeSettingsAsync(fixture.TenantId, s => s.InvalidDocuments = InvoiceHub.Invoices.Settings.InvalidDocumentHandling.Queue);
        Guid id;
        try
        {
            (id, var status) = await fixture.PushAsync(new InvoiceXml { WrongTotal = true });
            status.ShouldBe("in_progress");
        }
        finally
        {
            await fixture.ChangeSettingsAsync(fixture.TenantId, s => s.InvalidDocuments = InvoiceHub.Invoices.Settings.InvalidDocumentHandling.Refuse);
        }

        var page = await SignedInPageAsync();
        await page.GotoAsync($"/documents/{id}");
        (await page.TextContentAsync("#reasons")).ShouldNotBeNull().ShouldContain("invalid");
        (await page.TextContentAsync("#findings")).ShouldNotBeNull().ShouldContain("BR-CO-15");
        await ScreenshotAsync(page, "document-invalid-findings");

        await page.FillAsync("#Input_TotalAmount", "125.00");
        await page.ClickAsync("#archive");
        await Expect(page.Locator("#document-status")).ToHaveTextAsync("archived");
        (await page.TextContentAsync("#history")).ShouldNotBeNull().ShouldContain("decided despite: invalid");
    }

    [Fact]
    public async Task MasterData_PresetAndOwnEntries_AndTaxKeySetsTheLineTax()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/master-data/tax-keys");
        await page.ClickAsync("#preset-skr03");
        (await page.TextContentAsync("#entries")).ShouldNotBeNull().ShouldContain("Vorsteuer 19 %");
        await ScreenshotAsync(page, "master-data-tax-keys");

        await page.GotoAsync("/master-data/gl-accounts");
        (await page.TextContentAsync("#entries")).ShouldNotBeNull().ShouldContain("Wareneingang 19 % Vorsteuer");
        await page.FillAsync("#Input_Code", "34 00!");
        await page.FillAsync("#Input_Name", "Bad code");
        await page.ClickAsync("#add-entry");
        (await page.TextContentAsync("span[data-valmsg-for='Input.Code']")).ShouldNotBeNullOrWhiteSpace();
        (await page.InputValueAsync("#Input_Code")).ShouldBe("34 00!");
        await ScreenshotAsync(page, "master-data-gl-accounts-error");

        await page.GotoAsync("/master-data/cost-centres");
        await page.FillAsync("#Input_Code", "100");
        await page.FillAsync("#Input_Name", "Verwaltung");
        await page.ClickAsync("#add-entry");
        (await page.TextContentAsync("#entries")).ShouldNotBeNull().ShouldContain("Verwaltung");

        var (id, _) = await fixture.PushAsync(new InvoiceXml { DueDate = null, Net = 100m });
        var saved = await page.APIRequest.PutAsync($"/api/v1/documents/{id}", new APIRequestContextOptions
        {
            DataObject = new { netAmount = 100m, lines = new[] { new { glAccount = "3400", costCentre = "100", netAmount = 100m, taxKey = "9" } } },
        });
        saved.Status.ShouldBe(200);
        using var document = JsonDocument.Parse(await saved.TextAsync());
        var line = document.RootElement.GetProperty("workspace").GetProperty("lines")[0];
        line.GetProperty("taxRate").GetDecimal().ShouldBe(19m);
        line.GetProperty("taxAmount").GetDecimal().ShouldBe(19m);

        var unknownKey = await page.APIRequest.PutAsync($"/api/v1/documents/{id}", new APIRequestContextOptions
        {
            DataObject = new { netAmount = 100m, lines = new[] { new { glAccount = "3400", netAmount = 100m, taxKey = "77" } } },
        });
        unknownKey.Status.ShouldBe(422);
        (await unknownKey.TextAsync()).ShouldContain("lines[0].taxKey");
    }


    private async Task<Guid> CreateTenantAsync()
    {
        using var scope = App.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<InvoiceHub.Accounts.Persistence.AccountsDbContext>();
        var tenant = new InvoiceHub.Accounts.Tenants.Tenant { Name = $"Other {Guid.NewGuid():N}", CreatedAt = DateTimeOffset.UtcNow };
        db.TenantSet.Add(tenant);
        await db.SaveChangesAsync();
        return tenant.Id;
    }
}
