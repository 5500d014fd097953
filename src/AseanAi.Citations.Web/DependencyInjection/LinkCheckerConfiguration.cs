using AseanAi.Citations.Web.LinkChecking;

namespace AseanAi.Citations.Web;

/// <summary>One <c>configure</c> delegate of an <c>AddCitationLinkChecker</c> call, kept as a service so that repeated calls add up.</summary>
internal sealed class LinkCheckerConfiguration(Action<LinkCheckerOptions> configure)
{
    public void Configure(LinkCheckerOptions options) => configure(options);
}
