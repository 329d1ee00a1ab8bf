using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace InvoiceHub.Web.Rendering;

/// <summary>
/// Renders a Razor view to a string outside Razor Pages, so that an API endpoint shows exactly the markup a page
/// includes as a partial (one rendering of an invoice, not two).
/// </summary>
internal sealed class ViewRenderer(IRazorViewEngine engine, ITempDataProvider tempData, IModelMetadataProvider metadata)
{
    public async Task<string> RenderAsync<TModel>(HttpContext http, string viewPath, TModel model)
    {
        var found = engine.GetView(executingFilePath: null, viewPath, isMainPage: true);
        if (!found.Success)
        {
            throw new InvalidOperationException($"The view {viewPath} was not found.");
        }

        await using var writer = new StringWriter();
        var context = new ViewContext(
            new ActionContext(http, http.GetRouteData(), new ActionDescriptor()),
            found.View,
            new ViewDataDictionary<TModel>(metadata, new ModelStateDictionary()) { Model = model },
            new TempDataDictionary(http, tempData),
            writer,
            new HtmlHelperOptions());
        await found.View.RenderAsync(context);
        return writer.ToString();
    }
}
