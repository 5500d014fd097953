namespace AseanAi.Citations;

/// <summary>
/// One <c>configure</c> delegate of a registration call, kept as a service so that repeated calls add up (as
/// Microsoft.Extensions.Options does with <c>IConfigureOptions</c>) without a dependency on that package.
/// </summary>
/// <typeparam name="TOptions">The options type.</typeparam>
internal sealed class OptionsConfiguration<TOptions>(Action<TOptions> configure)
    where TOptions : class
{
    public void Configure(TOptions options) => configure(options);
}
