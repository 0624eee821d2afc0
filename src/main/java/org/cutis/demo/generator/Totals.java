package org.cutis.demo.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What a generation wrote so far, and the samples a benchmark can ask for. */
final class Totals {
	/** Set at the first chunk, when the run's first MRN number is known. */
	GeneratedIds ids;
	long patients;
	long lesions;
	/** Biopsies ordered at the lesions; the excisions' re-excision specimens apart. */
	long specimens;
	long reExcisionSpecimens;
	long reports;
	long referrals;
	long adverseEvents;
	/** Cancers opened by signed reports, their treatment plans (and how many were operated), follow-up plans, visits and recall items. */
	long cancers;
	long treatmentPlans;
	long treatmentsDone;
	long surveillancePlans;
	long surveillanceVisits;
	long recallItems;
	/** Of the recall items, those overdue. */
	long overdue;
	/** Specimen steps of every specimen, re-excisions' included (timeline entries of the charts). */
	long specimenSteps;
	/**
	 * The surgery module's excisions, of which those whose re-excision showed residual tumour and those
	 * with an involved margin; the restaging records their signed reports made, of which those that changed the stage.
	 */
	long excisions;
	long excisionsResidual;
	long excisionsInvolved;
	long restaged;
	long stageChanged;
	/** The doctors' clinic sessions written, and the follow-up appointments booked into them (of which seen). */
	long clinicSessions;
	long appointments;
	long appointmentsSeen;
	final List<UUID> sessionIds = new ArrayList<>();
	/** Patients born on {@link Chunk#CROWDED_BIRTH_DATE}, and the heavy charts' patients with their timeline entries. */
	long crowded;
	final List<UUID> chartPatients = new ArrayList<>();
	long chartEvents;
	final List<String> mrns = new ArrayList<>();
	final List<String> accessions = new ArrayList<>();
	final List<String> names = new ArrayList<>();
	final List<UUID> patientIds = new ArrayList<>();
}
