namespace AseanAi.Citations;

/// <summary>
/// Someone who made a cited work: a person (佐藤仁) or an organisation acting as author (外務省).
/// Exactly one of <see cref="Person"/> and <see cref="Organization"/> is set.
/// </summary>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public sealed record Contributor
{
    private Contributor(PersonName? person, PublisherRef? organization)
    {
        Person = person;
        Organization = organization;
    }

    /// <summary>The person, when the contributor is a person.</summary>
    public PersonName? Person { get; }

    /// <summary>The organisation, when the contributor is an organisation.</summary>
    public PublisherRef? Organization { get; }

    /// <summary><see langword="true"/> when the contributor is a person.</summary>
    public bool IsPerson => Person is not null;

    /// <summary>Creates a personal contributor.</summary>
    /// <param name="person">The person's name.</param>
    /// <returns>The contributor.</returns>
    public static Contributor ForPerson(PersonName person)
    {
        ArgumentNullException.ThrowIfNull(person);
        return new Contributor(person, organization: null);
    }

    /// <summary>Creates an organisational contributor.</summary>
    /// <param name="organization">The organisation.</param>
    /// <returns>The contributor.</returns>
    public static Contributor ForOrganization(PublisherRef organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        return new Contributor(person: null, organization);
    }

    /// <summary>Returns the person's display name or the organisation's name as written.</summary>
    /// <returns>The display form.</returns>
    public override string ToString() => Person?.ToString() ?? Organization!.ToString();
}
